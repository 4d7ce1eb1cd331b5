/**
 * The adapters' own conventions (STYLE.md habit 3): every selector of a site lives in its selectors.ts as an
 * exported, commented, ordered fallback list of valid selectors; the rest of the adapter code names them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as instagram from '@/lib/sites/instagram/selectors';
import * as tiktok from '@/lib/sites/tiktok/selectors';
import * as youtube from '@/lib/sites/youtube/selectors';
import { repoRoot } from './load-page';

const SITES = { instagram, tiktok, youtube } as const;
const sitesDir = path.join(repoRoot, 'lib/sites');

describe.each(Object.entries(SITES))('%s selectors', (site, selectors) => {
  const source = readFileSync(path.join(sitesDir, site, 'selectors.ts'), 'utf8');

  it.each(Object.entries(selectors))('%s is a fallback list of valid selectors, with a comment saying why', (name, value) => {
    const list = typeof value === 'string' ? [value] : (value as readonly string[]);
    expect(list.length).toBeGreaterThan(0);
    for (const selector of list) expect(() => document.querySelector(selector)).not.toThrow();
    // A doc comment ends right before this export.
    const at = source.indexOf(`export const ${name}`);
    expect(source.slice(0, at).trimEnd().endsWith('*/')).toBe(true);
  });
});

describe('adapter code outside selectors.ts', () => {
  const files = ['instagram', 'tiktok', 'youtube'].flatMap((site) =>
    readdirSync(path.join(sitesDir, site))
      .filter((f) => f.endsWith('.ts') && f !== 'selectors.ts')
      .map((f) => path.join(site, f)),
  );

  it.each(files)('%s passes no selector literal to the DOM', (file) => {
    const source = readFileSync(path.join(sitesDir, file), 'utf8');
    expect(source.match(/\.(querySelector|querySelectorAll|closest|matches)\(\s*['"`]/g)).toBeNull();
  });
});
