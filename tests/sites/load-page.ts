/**
 * Test helpers: our own fixture pages (tests/fixtures/pages) and the real saved pages (../shared/fixtures),
 * loaded the way the command line loads them (spec parser, scripts inert).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPage } from '@/lib/cli/html-document';
import { adapterFor } from '@/lib/sites/index';
import type { SiteAdapter } from '@/lib/sites/types';
import type { PostSnapshot } from '@/lib/schema/post';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedFixtures = path.resolve(repoRoot, '../shared/fixtures');
export const sharedAvailable = existsSync(path.join(sharedFixtures, 'manifest.json'));

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(repoRoot, 'tests/fixtures/pages', name), 'utf8');
}

export function loadHtml(html: string, url: string): Document {
  return loadPage(html, url).document;
}

export function loadFixture(name: string, url: string): Document {
  return loadHtml(fixtureHtml(name), url);
}

export function adapter(url: string): SiteAdapter {
  const found = adapterFor(url);
  if (!found) throw new Error(`no adapter for ${url}`);
  return found;
}

/** Every readable post of a document, as the runtime would see them. */
export function snapshotsOf(doc: Document, url: string): PostSnapshot[] {
  const site = adapter(url);
  const parsed = new URL(url);
  return site
    .findPosts(doc, parsed)
    .map((el) => site.extract(el, parsed))
    .filter((s): s is PostSnapshot => s !== null);
}

/** Replace every class name with a fresh random one: what a site redeploy does to hashed classes. */
export function scrambleClasses(doc: Document, seed = 7): void {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state.toString(36);
  };
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    el.setAttribute('class', classes.map(() => `c${next()}`).join(' '));
  }
}
