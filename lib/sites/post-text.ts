/**
 * Turning what an adapter read (text plus the caption's own links) into the snapshot's lists:
 * hashtags, @mentions and decoded links. Shared by the three adapters so that they agree on the form
 * the engine receives: no "#"/"@", lower case, redirect wrappers removed, no duplicates.
 */
import { absoluteUrl } from './dom';

const HASHTAG = /(?:^|[^\p{L}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]{1,100})/gu;
const MENTION = /(?:^|[^\p{L}\p{N}_.@/])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,98}[A-Za-z0-9_])?)/gu;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'()]+[^\s<>"'().,;:!?…]/g;

export function hashtagsIn(text: string): string[] {
  // "#1", "#2 in C minor" are numbers, not hashtags: a tag has at least one letter.
  return Array.from(text.matchAll(HASHTAG), (m) => (m[1] ?? '').toLowerCase()).filter((t) => /\p{L}/u.test(t));
}

export function mentionsIn(text: string): string[] {
  return Array.from(text.matchAll(MENTION), (m) => (m[1] ?? '').toLowerCase()).filter(Boolean);
}

/** Links written out in the text; ones the site cut short with an ellipsis are left to the anchors. */
export function urlsIn(text: string): string[] {
  return Array.from(text.matchAll(URL_IN_TEXT), (m) => m[0]).filter((u) => !/(\.\.\.|…)$/.test(u));
}

export function uniqueLower(values: Iterable<string>): string[] {
  const out: string[] = [];
  for (const value of values) {
    const v = value.replace(/^[@#]/, '').trim().toLowerCase();
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

export function unique(values: Iterable<string>): string[] {
  return Array.from(new Set(Array.from(values).filter(Boolean)));
}

/**
 * The sites wrap outgoing links in their own redirectors; the engine needs the target (an affiliate
 * tag or a brand domain is only visible there).
 */
const REDIRECTORS: readonly { host: RegExp; path: RegExp; param: string }[] = [
  { host: /(^|\.)youtube\.com$/, path: /^\/redirect/, param: 'q' },
  { host: /^l\.instagram\.com$/, path: /^\//, param: 'u' },
  { host: /^l\.facebook\.com$/, path: /^\/l\.php/, param: 'u' },
  { host: /(^|\.)tiktok\.com$/, path: /^\/link\/v2/, param: 'target' },
];

export function decodeLink(href: string, base: URL): string | null {
  let url = absoluteUrl(href, base);
  for (let depth = 0; url && depth < 3; depth++) {
    const current: URL = url;
    const wrapper = REDIRECTORS.find((r) => r.host.test(current.hostname) && r.path.test(current.pathname));
    const target = wrapper ? current.searchParams.get(wrapper.param) : null;
    if (!target) break;
    url = absoluteUrl(target, base);
  }
  return url ? url.href : null;
}

/** A Date or epoch-seconds value as ISO 8601, or null when it is not a plausible post date. */
export function isoDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date =
    typeof value === 'number' || /^\d+$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
  const time = date.getTime();
  // Before 2005 nothing of ours existed; a broken value must not become a real-looking date.
  if (Number.isNaN(time) || time < Date.UTC(2005, 0, 1)) return null;
  return date.toISOString();
}

/**
 * Whether a caption from embedded JSON continues the one on screen (which may be cut behind "more"):
 * a second check, after the id, that the JSON describes this post.
 */
export function continuesText(full: string, shown: string): boolean {
  const squash = (t: string) => t.normalize('NFKC').replace(/\s+/g, '').replace(/(\.\.\.|…)$/u, '').slice(0, 24);
  return squash(shown) === '' || squash(full).startsWith(squash(shown));
}
