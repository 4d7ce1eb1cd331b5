/**
 * The detection and evaluation engine: pure and synchronous (no DOM, no storage, no clock).
 *
 *   compileIndex(exchange, {catalogue})  once per contract set   → EngineIndex (hash tables, see brand-index.ts)
 *   analysePost(snapshot, index, now)    once per post           → PostResult
 *
 *   text ─normaliseText─▶ key + offsets ─tokenise─▶ words / #tags / @mentions / URLs
 *        ├─ findMarkers      disclosure markers, negations first
 *        ├─ findCommercial   discount codes, affiliate and tracked links
 *        ├─ matchBrands      label partner, handles, hashtags, names, domains, fuzzy shortlist
 *        └─ evaluatePost     clauses of the author's contracts → verdicts with evidence
 */
import type { ExchangeV1 } from '@/lib/schema/contracts';
import type { PostResult, PostSnapshot } from '@/lib/schema/post';
import { compileBrandIndex, type BrandIndex, type IndexBrand } from '@/lib/detect/brand-index';
import { creditEnds, matchBrands } from '@/lib/detect/brands';
import { findCommercial } from '@/lib/detect/commercial';
import { findMarkers } from '@/lib/detect/markers';
import { normaliseText } from '@/lib/detect/normalise';
import { copyFirst } from '@/lib/detect/scratch';
import { SeenKeys } from '@/lib/detect/seen-keys';
import { tokenise, Tokens, TOKEN_HASHTAG, TOKEN_WORD } from '@/lib/detect/tokens';
import { compileContracts, type ContractIndex } from '@/lib/evaluate/contract-index';
import { evaluatePost } from '@/lib/evaluate/evaluate';

export type { IndexBrand };

/** Opaque compiled form of contracts and brands; build once, reuse for every post. */
export interface EngineIndex {
  readonly brands: BrandIndex;
  readonly contracts: ContractIndex;
}

/**
 * `catalogue`: the built-in catalogue's brands (after the user's overrides); `words`: its dictionary
 * (Catalogue.words), words that are never read as a misspelt brand.
 */
export function compileIndex(data: ExchangeV1, options?: { catalogue?: readonly IndexBrand[]; words?: readonly string[] }): EngineIndex {
  const userBrands: IndexBrand[] = data.brands.map((b) => ({ ...b, source: 'user' as const }));
  const brands = compileBrandIndex(userBrands, options?.catalogue ?? [], options?.words ?? []);
  return { brands, contracts: compileContracts(data.creators, data.contracts, brands) };
}

/**
 * The tokens of the post being analysed, reused from post to post (analysePost runs to the end before
 * the next call, and nothing it returns holds tokens).
 */
const scratchTokens = new Tokens();
/**
 * Scratch lists (see scratch.ts): the post's tags, copied out at their number, and the brand numbers of
 * the mentions, which only evaluation reads, in step with the mentions.
 */
const scratchHashtags: string[] = [];
const scratchMentions: string[] = [];
const scratchBrandNumbers: number[] = [];
const NO_CREDITS: { credit: readonly number[]; label: readonly number[] } = { credit: [], label: [] };

export function analysePost(snapshot: PostSnapshot, index: EngineIndex, now: Date): PostResult {
  const text = snapshot.text;
  const norm = normaliseText(text);
  const tokenised = tokenise(norm, text, scratchTokens);
  const { tokens, urls } = tokenised;

  let hashtagCount = 0;
  let mentionCount = 0;
  // Tags are told apart by their folded keys' hashes: tags whose hashes all differ are all different
  // however their letters are cased, and need no merging (most posts); equal hashes go the long way.
  // A bit per (hash, kind) seen, 32 in all: only a tag whose bit is already set is looked for among the
  // tokens before it.
  let tagsMayRepeat = false;
  let tagBits = 0;
  for (let t = 0; t < tokens.length; t++) {
    // Hashtags keep their spelling as written (minus "#"); mentions are handles, already folded.
    const kind = tokens.kindCode(t);
    if (kind === TOKEN_WORD) continue;
    if (kind === TOKEN_HASHTAG) scratchHashtags[hashtagCount++] = text.slice(norm.keyStart[tokens.from(t) + 1] ?? 0, norm.keyEnd[tokens.to(t) - 1] ?? 0);
    else scratchMentions[mentionCount++] = tokens.text(t);
    const bit = 1 << ((tokens.hash(t) ^ kind) & 31);
    if ((tagBits & bit) !== 0 && !tagsMayRepeat) tagsMayRepeat = sameTagBefore(tokens, t, kind);
    tagBits |= bit;
  }
  const textHashtags = copyFirst(scratchHashtags, hashtagCount);
  const textMentions = copyFirst(scratchMentions, mentionCount);
  const hashtags = snapshot.hashtags.length === 0 && !tagsMayRepeat ? textHashtags : mergeTags(snapshot.hashtags, textHashtags);
  const mentions = snapshot.mentions.length === 0 && !tagsMayRepeat ? textMentions : mergeTags(snapshot.mentions, textMentions);
  const links = urls.length === 0 ? copyFirst(snapshot.links, snapshot.links.length) : mergeLinks(snapshot.links, urls.map((u) => u.url));

  const markers = findMarkers(text, norm, tokens, snapshot.label);
  const commercial = findCommercial(text, links, norm);
  let linkSpans: Array<{ url: string; start: number; end: number }> = urls;
  if (snapshot.links.length > 0) {
    const inText = new Set(urls.map((u) => u.url));
    linkSpans = [...urls, ...snapshot.links.filter((l) => !inText.has(l)).map((url) => ({ url, start: -1, end: -1 }))];
  }
  const credits = markers.length === 0 ? NO_CREDITS : creditEnds(markers, text);
  // Brand index numbers of the mentions, in step with them: evaluation works with numbers.
  const brandNumbers = scratchBrandNumbers;
  const brands = matchBrands(
    {
      text,
      norm,
      tokens,
      tokenShape: tokenised,
      extraMentions: snapshot.mentions,
      extraHashtags: snapshot.hashtags,
      links: linkSpans,
      label: snapshot.label,
      commercialContext: markers.some((m) => m.kind !== 'negation') || commercial.codes.length > 0 || commercial.links.length > 0,
      creditEnds: credits.credit,
      labelEnds: credits.label,
      authors: snapshot.authors,
    },
    index.brands,
    brandNumbers,
  );
  const verdicts = evaluatePost(
    { platform: snapshot.platform, authors: snapshot.authors, publishedAt: snapshot.publishedAt, label: snapshot.label, markers, commercial, brands },
    index.contracts,
    now,
    brandNumbers,
  );
  // Written out rather than spread: this object is built for every post, and spreads are slow in V8.
  return {
    platform: snapshot.platform,
    kind: snapshot.kind,
    url: snapshot.url,
    authors: snapshot.authors,
    publishedAt: snapshot.publishedAt,
    text,
    hashtags,
    mentions,
    links,
    label: snapshot.label,
    markers,
    commercial,
    brands,
    verdicts,
  };
}

/** Whether a token before t is a tag of the same kind with the same hash (a post has a handful of tags). */
function sameTagBefore(tokens: Tokens, t: number, kind: number): boolean {
  const hash = tokens.hash(t);
  for (let u = 0; u < t; u++) if (tokens.hash(u) === hash && tokens.kindCode(u) === kind) return true;
  return false;
}

/** DOM tags first, then those only found in the text; compared case-insensitively, without "#"/"@". */
function mergeTags(fromPage: readonly string[], fromText: string[]): string[] {
  if (fromPage.length === 0 && fromText.length <= 1) return fromText;
  const all = fromPage.length === 0 ? fromText : [...fromPage, ...fromText];
  const seen = new SeenKeys<string>(all.length);
  const out: string[] = [];
  for (const raw of all) {
    // Tags cut from the text never start with "#"/"@"; only the page's may need stripping.
    const first = raw.charCodeAt(0);
    const tag = first === 35 || first === 64 ? raw.replace(/^[#@]+/, '') : raw;
    const key = tag.toLowerCase();
    if (tag !== '' && seen.add(key)) out.push(tag);
  }
  return out;
}

function mergeLinks(fromPage: readonly string[], fromText: readonly string[]): string[] {
  // The usual post with a link: one, in the text.
  if (fromPage.length === 0 && fromText.length === 1) return [fromText[0]!];
  const seen = new SeenKeys<string>(fromPage.length + fromText.length);
  const out: string[] = [];
  for (const url of fromPage) if (seen.add(url)) out.push(url);
  for (const url of fromText) if (seen.add(url)) out.push(url);
  return out;
}
