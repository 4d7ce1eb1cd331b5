/**
 * (post signals, contracts, now) → verdicts, following PRODUCT.md "Verdicts":
 *
 *   competitor-sponsored         conflict  competitor mentioned, clause active, paid coverage, sponsorship evidence
 *   competitor-mention           conflict  competitor mentioned, clause active, coverage "any"
 *   competitor-undisclosed       warning   paid coverage, no disclosure, but codes / commercial links
 *   competitor-fuzzy             warning   the competitor was only found through a misspelling
 *   date-unknown                 warning   would conflict, but the post's date could not be read (judged on `now`)
 *   own-brand-undisclosed        warning   the contracted brand itself with commercial signals, no adequate disclosure
 *
 * The contracted brand, its parents and sub-brands, and a clause's exceptions never conflict.
 */
import type { Platform } from '@/lib/schema/contracts';
import { labelPartners, type BrandMention, type Commercial, type Evidence, type Marker, type PlatformLabel, type Verdict } from '@/lib/schema/post';
import { brandDomainOf } from '@/lib/detect/brand-index';
import { isAdequateDisclosure, isDisclosure } from '@/lib/detect/markers';
import {
  relationsAt,
  relationsHeader,
  creatorsOfAuthors,
  creatorConcerns,
  contractsAt,
  includesIn,
  KIND_CATEGORY,
  KIND_FULL,
  platformBit,
  relationNumber,
  dayNumberOfInstant,
  dayNumberOfTimestamp,
  type CompiledClause,
  type CompiledContract,
  type ContractIndex,
} from './contract-index';

export interface PostSignals {
  platform: Platform;
  authors: readonly string[];
  publishedAt: string | null;
  label: PlatformLabel | null;
  markers: readonly Marker[];
  commercial: Commercial;
  brands: readonly BrandMention[];
}

/** How near (in characters) a discount code must be to a brand's mention to count as that brand's code. */
const CODE_NEAR_BRAND = 120;

interface BrandGroup {
  brandId: string;
  /** Brand number (see relationNumber in contract-index.ts). */
  brand: number;
  name: string;
  mentions: BrandMention[];
  best: BrandMention;
  fuzzyOnly: boolean;
  /**
   * The brand and its parents by number, then its categories with inherited ones, at `relationsAt` in
   * `relations` (laid out as BrandRelations.slots: chain length, chain…, category count, categories…).
   */
  relations: Int32Array;
  relationsAt: number;
}

/**
 * `brandNumbers`, when given, holds the brand index number of each of post.brands (matchBrands fills it),
 * which spares looking each mention's id up again.
 */
export function evaluatePost(post: PostSignals, contracts: ContractIndex, now: Date, brandNumbers?: readonly number[]): Verdict[] {
  // Every verdict is about a brand the post names: without one there is nothing to judge.
  if (post.brands.length === 0) return [];
  const creators = creatorsOfAuthors(contracts, post.platform, post.authors);
  if (creators.length === 0) return [];
  if (brandNumbers !== undefined) touchRelations(post.brands.length, brandNumbers, contracts);
  // A loop, not creators.some with a closure: the closure's variables cost every call a context object.
  let concerned = false;
  for (let c = 0; c < creators.length && !concerned; c++) concerned = concernsCreator(post.brands, brandNumbers, contracts, creators[c]!);
  if (!concerned) return [];
  const publishedDay = post.publishedAt === null ? Number.NaN : dayNumberOfTimestamp(post.publishedAt);
  const dateUnknown = Number.isNaN(publishedDay);
  const day = dateUnknown ? dayNumberOfInstant(now) : publishedDay;

  const groups = groupMentions(post.brands, contracts, brandNumbers);
  const disclosures = post.markers.filter(isDisclosure);
  const adequate = post.markers.filter(isAdequateDisclosure);
  const commercialSignals = post.commercial.codes.length > 0 || post.commercial.links.length > 0;

  const verdicts: Verdict[] = [];
  const related: boolean[] = [];
  const postPlatformBit = platformBit(post.platform);
  const rules = contracts.rules;
  for (const creator of creators) {
    // Read in the order packRules wrote it (contract-index.ts).
    let r = contractsAt(rules, contracts.ruleStart[creator]!);
    const end = contracts.ruleStart[creator + 1]!;
    while (r < end) {
      // The contract object is only read to write a verdict: most posts by a creator under contract
      // name no competitor, and the object is a cache miss away.
      const contractNumber = rules[r]!;
      const contracted = rules[r + 1]!;
      const chainAt = r + 3;
      const chainLength = rules[r + 2]!;
      r = chainAt + chainLength;
      const clauseCount = rules[r++]!;
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g]!;
        related[g] = group.brand === contracted || includesIn(rules, chainAt, chainLength, group.brand) || listHas(group.relations, group.relationsAt + 1, contracted);
      }
      let firstActive = -1;
      for (let k = 0; k < clauseCount; k++) {
        const active = rules[r]! <= day && day <= rules[r + 1]! && (rules[r + 2]! & postPlatformBit) !== 0;
        const kind = rules[r + 3]!;
        const exceptionsAt = r + 5;
        const competitorsAt = exceptionsAt + rules[r + 4]! + 1;
        const categoriesAt = competitorsAt + rules[competitorsAt - 1]! + 1;
        r = categoriesAt + rules[categoriesAt - 1]!;
        if (!active) continue;
        if (firstActive < 0) firstActive = k;
        for (let g = 0; g < groups.length; g++) {
          const group = groups[g]!;
          if (related[g] || !isCompetitor(group, rules, kind, exceptionsAt, competitorsAt, categoriesAt)) continue;
          const compiled = contracts.creators[creator]!.contracts[contractNumber]!;
          const verdict = judgeCompetitor(post, compiled, compiled.clauses[k]!, group, disclosures, commercialSignals, dateUnknown, day);
          if (verdict !== null) verdicts.push(verdict);
        }
      }
      if (firstActive < 0) continue;
      const ownMention = groups.find((g, i) => related[i] === true && !g.fuzzyOnly);
      if (ownMention === undefined || adequate.length > 0) continue;
      const weakDisclosure = disclosures.filter((m) => !isAdequateDisclosure(m));
      if (commercialSignals || weakDisclosure.length > 0) {
        const compiled = contracts.creators[creator]!.contracts[contractNumber]!;
        verdicts.push({
          level: 'warning',
          contractId: compiled.contract.id,
          clause: compiled.clauses[firstActive]!.index,
          brandId: ownMention.brandId,
          rule: `own-brand-undisclosed: ${ownMention.name} is the contracted brand and the post has commercial signals but no adequate disclosure (#ad, "Werbung", the platform label)`,
          evidence: [
            brandEvidence(ownMention.best),
            ...weakDisclosure.slice(0, 3).map(markerEvidence),
            ...commercialEvidence(post.commercial).slice(0, 3),
          ],
        });
      }
    }
  }
  return verdicts;
}

/**
 * Reads the relations of each brand the post names in one short loop, before the loops that judge them
 * one by one: a post's brands are seldom those of the last posts, so their relations are in no cache, and
 * loads issued together wait for memory about once (as touchBrandEntries in brands.ts). Only for a post
 * by a creator under contract: for the others, the reads were a cost (the engine took 1-2% more time).
 * What it reads goes to touchSink, so that the compiler does not drop the loads as unused.
 */
function touchRelations(count: number, brandNumbers: readonly number[], contracts: ContractIndex): void {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += relationsHeader(contracts.relations, brandNumbers[i]!);
  touchSink.value = sum;
}
/** Written by touchRelations, read by nothing. */
const touchSink = { value: 0 };

/** Whether a brand the post names can matter to a contract of `creator` (creatorConcerns). */
function concernsCreator(mentions: readonly BrandMention[], brandNumbers: readonly number[] | undefined, contracts: ContractIndex, creator: number): boolean {
  const at = contracts.ruleStart[creator]!;
  for (let i = 0; i < mentions.length; i++) {
    const brand = brandNumbers?.[i] ?? relationNumber(contracts.relations, mentions[i]!.brandId);
    if (creatorConcerns(contracts.rules, at, contracts.relations, brand)) return true;
  }
  return false;
}

/** Whether the count-prefixed list of packed rules whose items start at `at` holds `value`. */
function listHas(rules: Int32Array, at: number, value: number): boolean {
  return includesIn(rules, at, rules[at - 1]!, value);
}


function judgeCompetitor(
  post: PostSignals,
  compiled: CompiledContract,
  clause: CompiledClause,
  group: BrandGroup,
  disclosures: readonly Marker[],
  commercialSignals: boolean,
  dateUnknown: boolean,
  day: number,
): Verdict | null {
  // Most competitors a post names under a paid-coverage clause come with neither disclosure nor commercial
  // signal: no verdict, and no evidence to write (ties need a code or a commercial link).
  if (clause.clause.coverage !== 'any' && disclosures.length === 0 && !commercialSignals) return null;
  const evidence: Evidence[] = [brandEvidence(group.best)];
  const tied = tiedCommercial(post.commercial, group);
  let level: Verdict['level'];
  let rule: string;
  const scope = describeClause(clause);
  if (clause.clause.coverage === 'any') {
    level = 'conflict';
    rule = `competitor-mention: ${group.name} is a competitor under ${scope}, which counts any mention`;
  } else if (disclosures.length > 0 || tied.length > 0) {
    level = 'conflict';
    rule = `competitor-sponsored: ${group.name} is a competitor under ${scope} and the post carries sponsorship evidence`;
    evidence.push(...disclosures.slice(0, 3).map(markerEvidence));
    evidence.push(...tied);
  } else if (commercialSignals) {
    level = 'warning';
    rule = `competitor-undisclosed: ${group.name} is a competitor under ${scope}; no disclosure, but the post has commercial signals`;
    evidence.push(...commercialEvidence(post.commercial).slice(0, 3));
  } else {
    return null;
  }
  if (post.label !== null && !evidence.some((e) => e.kind === 'label')) {
    const partners = labelPartners(post.label);
    evidence.push({ kind: 'label', text: `platform label "${post.label.text}"${partners.length > 0 ? ` (${partners.length > 1 ? 'partners' : 'partner'} ${partners.join(', ')})` : ''}` });
  }
  if (group.fuzzyOnly) {
    level = 'warning';
    rule = `competitor-fuzzy: "${group.best.text}" looks like a misspelling of ${group.name}, a competitor under ${scope}`;
  }
  if (dateUnknown) {
    evidence.push({ kind: 'date', text: 'post date not shown on the page; judged against today' });
    if (level === 'conflict') {
      level = 'warning';
      rule = `date-unknown: ${group.name} is a competitor under ${scope}; the post's date could not be read, so it was judged against today`;
    }
  } else {
    evidence.push({ kind: 'date', text: `posted ${post.publishedAt ?? ''} within the clause window ${dayLabel(clause.fromDay)} – ${dayLabel(clause.toDay)}` });
  }
  evidence.push({ kind: 'author', text: `author @${post.authors.join(', @')} is under contract ${compiled.contract.id}` });
  void day;
  return { level, contractId: compiled.contract.id, clause: clause.index, brandId: group.brandId, rule, evidence };
}

function groupMentions(mentions: readonly BrandMention[], contracts: ContractIndex, brandNumbers: readonly number[] | undefined): BrandGroup[] {
  const relations = contracts.relations;
  // A post names a handful of brands: a list beats a Map here (no hashing, no per-post table).
  const groups: BrandGroup[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const brand = brandNumbers?.[i] ?? relationNumber(relations, m.brandId);
    let group: BrandGroup | undefined;
    for (const g of groups) if (g.brand === brand) group = g;
    if (group === undefined) {
      const { data, at } = relationsAt(relations, brand);
      groups.push({ brandId: m.brandId, brand, name: m.name, mentions: [m], best: m, fuzzyOnly: m.via === 'fuzzy', relations: data, relationsAt: at });
      continue;
    }
    group.mentions.push(m);
    if (m.via !== 'fuzzy') group.fuzzyOnly = false;
    // The best evidence: a non-fuzzy mention over a fuzzy one, then the most confident (first on ties).
    const best = group.best;
    if ((best.via === 'fuzzy' && m.via !== 'fuzzy') || (Number(m.via === 'fuzzy') === Number(best.via === 'fuzzy') && m.confidence > best.confidence)) {
      group.best = m;
      group.name = m.name;
    }
  }
  return groups;
}

/**
 * Whether a clause (read from packed rules, see packRules) counts the group's brand as a competitor:
 * not when the brand or a parent is an exception; yes when one is named; otherwise by the clause kind.
 */
function isCompetitor(group: BrandGroup, rules: Int32Array, kind: number, exceptionsAt: number, competitorsAt: number, categoriesAt: number): boolean {
  const relations = group.relations;
  const chainFrom = group.relationsAt + 1;
  const chainTo = chainFrom + relations[chainFrom - 1]!;
  if (rules[exceptionsAt - 1]! > 0) for (let i = chainFrom; i < chainTo; i++) if (listHas(rules, exceptionsAt, relations[i]!)) return false;
  for (let i = chainFrom; i < chainTo; i++) if (listHas(rules, competitorsAt, relations[i]!)) return true;
  if (kind === KIND_FULL) return true;
  if (kind === KIND_CATEGORY) for (let i = chainTo + 1; i <= chainTo + relations[chainTo]!; i++) if (listHas(rules, categoriesAt, relations[i]!)) return true;
  return false;
}

/** Codes written near the brand and commercial links that lead to the brand's own domain. */
function tiedCommercial(commercial: Commercial, group: BrandGroup): Evidence[] {
  const evidence: Evidence[] = [];
  for (const code of commercial.codes) {
    const near = group.mentions.some((m) => m.start >= 0 && Math.abs(m.start - code.start) <= CODE_NEAR_BRAND);
    if (near) evidence.push({ kind: 'code', text: `discount code ${code.code} next to ${group.name}`, start: code.start, end: code.end });
  }
  const brandDomains = new Set(group.mentions.filter((m) => m.via === 'domain').map((m) => brandDomainOf(m.text)));
  for (const link of commercial.links) {
    if (brandDomains.has(brandDomainOf(link.url))) evidence.push({ kind: 'link', text: `${link.kind} link to ${group.name}: ${link.url}` });
  }
  return evidence;
}

function commercialEvidence(commercial: Commercial): Evidence[] {
  return [
    ...commercial.codes.map((c): Evidence => ({ kind: 'code', text: `discount code ${c.code}`, start: c.start, end: c.end })),
    ...commercial.links.map((l): Evidence => ({ kind: 'link', text: `${l.kind} link ${l.url}` })),
  ];
}

function brandEvidence(m: BrandMention): Evidence {
  return { kind: 'brand', text: `${m.text} (${m.via}, ${m.confidence.toFixed(2)}) → ${m.name}`, start: m.start, end: m.end };
}

function markerEvidence(m: Marker): Evidence {
  if (m.kind === 'label') return { kind: 'label', text: `platform label "${m.text}"` };
  return { kind: 'marker', text: `"${m.text}" (${m.kind} disclosure)`, start: m.start, end: m.end };
}

function describeClause(c: CompiledClause): string {
  const parts: string[] = [`clause ${c.index + 1} (${c.clause.kind}`];
  if (c.categoryLabels.length > 0) parts.push(`: ${c.categoryLabels.join(', ')}`);
  parts.push(`, coverage ${c.clause.coverage})`);
  return parts.join('');
}

function dayLabel(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
