import { existsSync } from 'node:fs';

/** Where to find a Chromium that can load an unpacked extension; CHROMIUM_PATH wins. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string)) ?? null;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the browser tests. Install Debian\'s Chromium with ' +
  '`sudo apt-get update && sudo apt-get install -y chromium` (or run `bash .ci/run`), ' +
  'or point CHROMIUM_PATH at a Chromium binary.';
