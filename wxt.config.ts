import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'wxt';

/**
 * Names what a compiled engine index is made of besides the user's data: the code under lib/, the
 * libraries it uses (the lock file) and the shipped catalogue. The background keeps its compiled index
 * in IndexedDB under a key that includes this, so an index saved by another build is never read back
 * (lib/background/index-cache.ts).
 */
let builtId: string | undefined;
function buildId(): string {
  // WXT asks for the Vite config once per group of entrypoints: hash lib/ and the catalogue once.
  if (builtId !== undefined) return builtId;
  const hash = createHash('sha256');
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.tsx?$/.test(entry.name)) hash.update(path).update(readFileSync(path));
    }
  };
  visit('lib');
  hash.update(readFileSync('package-lock.json'));
  // Generated before every build (prebuild); absent only when types are prepared on a fresh checkout.
  if (existsSync('public/brand-catalogue.json')) hash.update(readFileSync('public/brand-catalogue.json'));
  builtId = hash.digest('hex').slice(0, 16);
  return builtId;
}

// Manifest permissions stay minimal: `storage` for settings and dismissals, `alarms` for scheduled sync.
// Host access is limited to the three supported sites (content scripts); a sync server's origin is
// requested at runtime, for that origin only (optional_host_permissions).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports keep lib/ pure and make every dependency visible (STYLE.md).
  imports: false,
  // Under `wxt dev` the code changes while this config stays loaded: no build id there, and the
  // background then keeps no saved index (entrypoints/background.ts).
  vite: (env) => ({ define: { __CONFLICT_LENS_BUILD_ID__: JSON.stringify(env.command === 'serve' ? '' : buildId()) } }),
  manifest: ({ browser }) => ({
    name: 'Conflict Lens',
    description:
      'Spots influencer exclusivity conflicts on Instagram, TikTok and YouTube against your own contracts, privately in the browser.',
    permissions: ['storage', 'alarms'],
    // The same three sites the content scripts run on (no extra reach): listed here as well so the
    // popup may read the active tab's address and tell a supported site from any other page.
    host_permissions: ['https://www.instagram.com/*', 'https://www.tiktok.com/*', 'https://www.youtube.com/*'],
    // A sync server's origin is asked for at runtime, for that origin only. Firefox's MV2 manifest has
    // no optional_host_permissions: there the same patterns go in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // Firefox needs a stable add-on id for storage and IndexedDB to survive reloads; Chrome ignores it.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'conflict-lens@example.org', strict_min_version: '115.0' } } }
      : {}),
  }),
});
