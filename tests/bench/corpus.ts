/**
 * The bench's corpus, the same on every run (seeded PRNG): 20,000 brands with aliases, handles on three
 * platforms, domains, categories and some parents; 2,500 creators with 10,000 clauses; captions of
 * social-media length with hashtags, mentions, links, emoji, discount codes and disclosures. Shared by
 * `npm run bench` and `npm run bench:compare`, which must measure the same posts. The builders draw from
 * one generator: called in the same order (brands, contracts, captions, warm-up captions), they give the
 * same corpus.
 *
 * Also the floor both measure against: one pass that reads each character once.
 */
import type { Brand, Clause, Contract, Creator, Platform } from '@/lib/schema/contracts';
import type { PostSnapshot } from '@/lib/schema/post';

const BRANDS = 20_000;
const CREATORS = 2_500;
const CLAUSES = 10_000;
const PLATFORMS: Platform[] = ['instagram', 'tiktok', 'youtube'];

/** mulberry32: small seeded PRNG so that the corpus is identical on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20261128);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const chance = (p: number) => random() < p;

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'tor', 'zu', 'bel', 'qua', 'nix', 'dor', 'sen', 'fi', 'ga', 'mo', 'rex', 'ta', 'lu', 'vi', 'pan', 'cor', 'sto', 'bri', 'el', 'ox', 'ja', 'ni', 'pro', 'sal', 'tek'];
const SUFFIX_WORDS = ['Foods', 'Beauty', 'Sports', 'Labs', 'Coffee', 'Burger', 'Wear', 'Tech', 'Cosmetics', 'Bank', 'Motors', 'Pizza'];
const CATEGORIES = Array.from({ length: 60 }, (_, i) => `category-${i}`);
export const WORDS = ('today just got back from the gym and honestly this routine changed everything for me love how soft it feels ' +
  'new video is up link in bio what do you think of the colour we tried the menu with friends best weekend ever so ' +
  'excited to share my favourite products of the month morning coffee sunset beach trip summer vibes outfit details ' +
  'skincare routine unboxing haul review tutorial recipe dinner lunch breakfast travel city night lights family time').split(' ');
export const HASHTAGS = ['fitness', 'ootd', 'travel', 'foodie', 'skincare', 'makeup', 'summer', 'love', 'instagood', 'fyp', 'viral', 'adventure', 'pride', 'gapyear', 'tbt'];
export const EMOJI = ['😍', '🔥', '✨', '🍔', '💪', '🙌', '❤️', '😂', '🌞', '👟', '🎉', '👀'];
export const DISCLOSURES = ['#ad', '#sponsored', 'Werbung |', 'Paid partnership with', '#gifted', 'affiliate links below', 'not sponsored', 'Anzeige', '#publicidad', 'in collaboration with'];

function syllableName(): string {
  const n = 2 + Math.floor(random() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(SYLLABLES);
  return s[0]!.toUpperCase() + s.slice(1);
}

export function buildBrands(): Brand[] {
  const brands: Brand[] = [];
  const used = new Set<string>();
  for (let i = 0; i < BRANDS; i++) {
    let name = syllableName();
    if (chance(0.3)) name = `${name} ${pick(SUFFIX_WORDS)}`;
    if (used.has(name)) name = `${name} ${i}`;
    used.add(name);
    const compact = name.toLowerCase().replace(/[^a-z0-9]/g, '');
    const aliases = chance(0.5) ? [`${name.split(' ')[0]} Official`] : [];
    if (chance(0.2)) aliases.push(name.split(' ').map((w) => w[0]).join('').toUpperCase() + String(i % 97));
    brands.push({
      id: `b${i}`,
      name,
      aliases,
      handles: { instagram: [compact], tiktok: [`${compact}_official`], youtube: [`@${compact}`] },
      domains: [`${compact}.com`],
      categories: [pick(CATEGORIES)],
      parentId: i > 100 && chance(0.1) ? `b${Math.floor(random() * 100)}` : null,
    });
  }
  return brands;
}

export function buildContracts(brands: readonly Brand[]): { creators: Creator[]; contracts: Contract[] } {
  const creators: Creator[] = [];
  for (let i = 0; i < CREATORS; i++) {
    const handle = `creator${i}`;
    creators.push({ id: `cr${i}`, name: `Creator ${i}`, handles: { instagram: [handle], tiktok: [handle], youtube: [`@${handle}`] } });
  }
  const contracts: Contract[] = [];
  for (let i = 0; i < CLAUSES / 2; i++) {
    const clauses: Clause[] = [0, 1].map((k) => ({
      kind: k === 0 ? 'category' : 'competitors',
      categories: k === 0 ? [pick(CATEGORIES)] : [],
      competitorIds: Array.from({ length: 3 }, () => pick(brands).id),
      platforms: chance(0.5) ? [] : [pick(PLATFORMS)],
      coverage: chance(0.7) ? 'paid' : 'any',
      preDays: Math.floor(random() * 15),
      postDays: Math.floor(random() * 60),
      exceptions: [],
    }));
    const month = 1 + Math.floor(random() * 12);
    contracts.push({
      id: `k${i}`,
      creatorId: `cr${i % CREATORS}`,
      brandId: pick(brands).id,
      start: `2025-${String(month).padStart(2, '0')}-01`,
      end: `2026-${String(month).padStart(2, '0')}-28`,
      clauses,
    });
  }
  return { creators, contracts };
}

export function buildCaptions(brands: readonly Brand[], count: number): PostSnapshot[] {
  const posts: PostSnapshot[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const length = 12 + Math.floor(random() * 30);
    for (let w = 0; w < length; w++) {
      const r = random();
      if (r < 0.03) parts.push(pick(brands).name);
      else if (r < 0.05) parts.push(`@${pick(brands).handles.instagram?.[0] ?? 'x'}`);
      else if (r < 0.07) parts.push(`#${(pick(brands).handles.instagram?.[0] ?? 'x')}${chance(0.5) ? 'style' : ''}`);
      else if (r < 0.12) parts.push(`#${pick(HASHTAGS)}`);
      else if (r < 0.17) parts.push(pick(EMOJI));
      else if (r < 0.2) parts.push(`@friend${Math.floor(random() * 1000)}`);
      else parts.push(pick(WORDS));
      if (w === 0) parts[0] = parts[0]![0]!.toUpperCase() + parts[0]!.slice(1);
    }
    if (chance(0.25)) parts.push(pick(DISCLOSURES));
    if (chance(0.1)) parts.push(`code ${pick(SYLLABLES).toUpperCase()}${10 + Math.floor(random() * 40)}`);
    if (chance(0.15)) parts.push(chance(0.5) ? `https://amzn.to/${Math.floor(random() * 1e6).toString(36)}` : `https://www.${pick(brands).domains[0]}/p/${i}?utm_source=ig`);
    const platform = pick(PLATFORMS);
    posts.push({
      platform,
      kind: 'post',
      url: null,
      authors: [chance(0.4) ? `creator${Math.floor(random() * CREATORS)}` : `someone${i}`],
      publishedAt: chance(0.95) ? new Date(Date.UTC(2025, Math.floor(random() * 12), 1 + Math.floor(random() * 28))).toISOString() : null,
      text: parts.join(' '),
      hashtags: [],
      mentions: [],
      links: [],
      label: chance(0.03) ? { kind: 'paid-partnership', text: 'Paid partnership', partner: pick(brands).handles.instagram?.[0] ?? null } : null,
    });
  }
  return posts;
}

/** The floor: read each character once, fold ASCII case, hash words. */
export function singlePass(text: string): number {
  let hash = 2166136261;
  let words = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      hash = Math.imul(hash ^ c, 16777619);
    } else {
      words += hash & 1;
      hash = 2166136261;
    }
  }
  return words;
}
