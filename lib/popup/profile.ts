/**
 * The creator card of a profile page, as data: who the profile belongs to, their active and upcoming
 * exclusivity windows, when they are free per category, and the competitor sponsorships the page shows.
 * Pure (dates come in as `today`); the popup reads the rows from IndexedDB (creator-data.ts) and draws them.
 */
import { normaliseHandle, type Brand, type Clause, type Contract, type Creator, type Platform } from '@/lib/schema/contracts';
import type { TabFindings } from '@/lib/schema/messages';
import type { PageInfo } from '@/lib/schema/post';

const DAY_MS = 86_400_000;

/** Adds whole days to a YYYY-MM-DD date, in UTC so that no zone shift moves the day. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The handle a profile or channel page belongs to, normalised like every handle (no "@", lower case),
 * or null on other pages. YouTube channels may be addressed by handle, channel id or a legacy path.
 */
export function profileHandle(page: PageInfo): string | null {
  if (page.kind !== 'profile' && page.kind !== 'channel') return null;
  let segments: string[];
  try {
    segments = new URL(page.url).pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
  const [first, second] = segments;
  if (first === undefined) return null;
  if (page.platform === 'youtube') {
    if ((first === 'channel' || first === 'c' || first === 'user') && second) {
      return normaliseHandle(first === 'channel' ? second : `${first}/${second}`);
    }
    return first.startsWith('@') ? normaliseHandle(first) : null;
  }
  if (page.platform === 'tiktok') return first.startsWith('@') ? normaliseHandle(first) : null;
  return normaliseHandle(first);
}

/** Creators who list `handle` for `platform` (compared without "@", case-insensitively). */
export function creatorsWithHandle(creators: readonly Creator[], platform: Platform, handle: string): Creator[] {
  const wanted = normaliseHandle(handle);
  return creators.filter((c) => (c.handles[platform] ?? []).some((h) => normaliseHandle(h) === wanted));
}

/** What the popup knows about the creator a profile page belongs to. */
export type ProfileState =
  | { status: 'loading'; handle: string }
  | { status: 'unknown'; handle: string; platform: Platform }
  | { status: 'known'; handle: string; platform: Platform; card: CreatorCardData };

/**
 * The popup's creator card state for a page: none off profile pages, loading until the database answered
 * (`records` undefined), then the card or "not one of your creators".
 */
export function profileState(
  page: PageInfo | null,
  records: { creator: Creator; contracts: readonly Contract[]; brands: ReadonlyMap<string, Pick<Brand, 'id' | 'name'>> } | null | undefined,
  today: string,
): ProfileState | undefined {
  const handle = page ? profileHandle(page) : null;
  if (!page || !handle) return undefined;
  if (records === undefined) return { status: 'loading', handle };
  if (records === null) return { status: 'unknown', handle, platform: page.platform };
  return { status: 'known', handle, platform: page.platform, card: creatorCard(records.creator, records.contracts, records.brands, today) };
}

export interface ClauseWindow {
  contractId: string;
  /** 0-based index within the contract's clauses. */
  clauseIndex: number;
  brandId: string;
  brandName: string;
  kind: Clause['kind'];
  /** What the clause keeps the creator away from, in words: "fast-food; also Burger King, KFC". */
  scope: string;
  categories: string[];
  platforms: Platform[];
  coverage: Clause['coverage'];
  start: string;
  end: string;
  preDays: number;
  postDays: number;
  /** First and last locked day: start − preDays and end + postDays (inclusive). */
  lockedFrom: string;
  lockedTo: string;
  /** Where today falls: before the lock, in the pre-days, the contract, or the post-days. */
  phase: 'upcoming' | 'pre' | 'contract' | 'post';
}

export interface FreeFrom {
  /** A category, or null for a full exclusivity (every other brand). */
  category: string | null;
  /** The first day after the latest locked day of the active clauses. */
  date: string;
  contractIds: string[];
}

export interface CreatorCardData {
  creator: Creator;
  today: string;
  /** Active and upcoming clauses, earliest lock first; expired ones are left out. */
  windows: ClauseWindow[];
  freeFrom: FreeFrom[];
  /** The span the timeline draws: from the earliest lock (or today) to the latest. */
  range: { from: string; to: string };
}

const PHASE_ORDER = { pre: 0, contract: 0, post: 0, upcoming: 1 } as const;

export function creatorCard(
  creator: Creator,
  contracts: readonly Contract[],
  brands: ReadonlyMap<string, Pick<Brand, 'id' | 'name'>>,
  today: string,
): CreatorCardData {
  const nameOf = (id: string) => brands.get(id)?.name ?? id;
  const windows: ClauseWindow[] = [];
  for (const contract of contracts) {
    if (contract.creatorId !== creator.id) continue;
    contract.clauses.forEach((clause, clauseIndex) => {
      const lockedFrom = addDays(contract.start, -clause.preDays);
      const lockedTo = addDays(contract.end, clause.postDays);
      if (lockedTo < today) return;
      const phase: ClauseWindow['phase'] =
        today < lockedFrom ? 'upcoming' : today < contract.start ? 'pre' : today <= contract.end ? 'contract' : 'post';
      windows.push({
        contractId: contract.id,
        clauseIndex,
        brandId: contract.brandId,
        brandName: nameOf(contract.brandId),
        kind: clause.kind,
        scope: describeScope(clause, nameOf),
        categories: clause.categories,
        platforms: clause.platforms,
        coverage: clause.coverage,
        start: contract.start,
        end: contract.end,
        preDays: clause.preDays,
        postDays: clause.postDays,
        lockedFrom,
        lockedTo,
        phase,
      });
    });
  }
  windows.sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || a.lockedFrom.localeCompare(b.lockedFrom));

  const latest = new Map<string | null, { lockedTo: string; contractIds: Set<string> }>();
  for (const w of windows) {
    if (w.phase === 'upcoming') continue;
    const keys: Array<string | null> = w.kind === 'full' ? [null] : w.kind === 'category' ? w.categories : [];
    for (const key of keys) {
      const seen = latest.get(key);
      if (!seen) latest.set(key, { lockedTo: w.lockedTo, contractIds: new Set([w.contractId]) });
      else {
        seen.contractIds.add(w.contractId);
        if (w.lockedTo > seen.lockedTo) seen.lockedTo = w.lockedTo;
      }
    }
  }
  const freeFrom: FreeFrom[] = [...latest.entries()]
    .map(([category, v]) => ({ category, date: addDays(v.lockedTo, 1), contractIds: [...v.contractIds] }))
    .sort((a, b) => (a.category ?? '').localeCompare(b.category ?? ''));

  const from = windows.reduce((min, w) => (w.lockedFrom < min ? w.lockedFrom : min), today);
  const to = windows.reduce((max, w) => (w.lockedTo > max ? w.lockedTo : max), today);
  return { creator, today, windows, freeFrom, range: { from, to } };
}

function describeScope(clause: Clause, nameOf: (id: string) => string): string {
  const named = clause.competitorIds.map(nameOf);
  const except = clause.exceptions.length > 0 ? ` (except ${clause.exceptions.map(nameOf).join(', ')})` : '';
  switch (clause.kind) {
    case 'full':
      return `every other brand${except}`;
    case 'competitors':
      return `named competitors: ${named.join(', ')}${except}`;
    case 'category': {
      const categories = clause.categories.length > 0 ? `category ${clause.categories.join(', ')}` : '';
      const also = named.length > 0 ? `${categories ? '; also ' : 'named competitors: '}${named.join(', ')}` : '';
      return `${categories}${also}${except}`;
    }
  }
}

/** Positions (percent of the timeline's span) of a window's pre-days, contract and post-days, and of today. */
export interface TimelineGeometry {
  pre: { left: number; width: number };
  contract: { left: number; width: number };
  post: { left: number; width: number };
  today: number;
}

export function timelineGeometry(window: ClauseWindow, range: CreatorCardData['range'], today: string): TimelineGeometry {
  // +1: both ends are inclusive days, so a one-day span still has a width.
  const span = Math.max(1, daysBetween(range.from, range.to) + 1);
  const at = (date: string) => (daysBetween(range.from, date) / span) * 100;
  const width = (from: string, to: string) => Math.max(0, ((daysBetween(from, to) + 1) / span) * 100);
  return {
    pre: { left: at(window.lockedFrom), width: window.preDays > 0 ? width(window.lockedFrom, addDays(window.start, -1)) : 0 },
    contract: { left: at(window.start), width: width(window.start, window.end) },
    post: { left: at(addDays(window.end, 1)), width: window.postDays > 0 ? width(addDays(window.end, 1), window.lockedTo) : 0 },
    today: at(today),
  };
}

export interface CompetitorSponsorship {
  key: string;
  level: 'conflict' | 'warning';
  brand: string;
  contractId: string;
  /** 1-based clause number. */
  clause: number;
  publishedAt: string | null;
  url: string | null;
  rule: string;
}

/** Competitor verdicts on the page (not own-brand compliance warnings), newest post first; undated posts last. */
export function competitorSponsorships(findings: TabFindings['findings']): CompetitorSponsorship[] {
  const out: CompetitorSponsorship[] = [];
  for (const finding of findings) {
    const { result } = finding;
    for (const verdict of result.verdicts) {
      if (verdict.rule.startsWith('own-brand')) continue;
      out.push({
        key: finding.key,
        level: verdict.level,
        brand: result.brands.find((b) => b.brandId === verdict.brandId)?.name ?? verdict.brandId,
        contractId: verdict.contractId,
        clause: verdict.clause + 1,
        publishedAt: result.publishedAt,
        url: result.url,
        rule: verdict.rule,
      });
    }
  }
  const time = (s: CompetitorSponsorship) => {
    const t = s.publishedAt ? Date.parse(s.publishedAt) : Number.NaN;
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
  };
  return out.sort((a, b) => (time(a) === time(b) ? 0 : time(b) > time(a) ? 1 : -1));
}
