/**
 * Two brands claiming the same thing: a name (Gap and Gap) or a website (a portal listed as the site
 * of unrelated brands). Decided here so that the engine gets one clear answer per domain and a flag
 * where a name alone cannot tell which brand is meant.
 */
import { getDomainWithoutSuffix } from 'tldts';
import { nameKey } from '@/lib/brands/build/common-words';
import { compactKey, type DraftBrand } from '@/lib/brands/build/draft';

/** Domains and handles: how a brand is found on the web. */
function webIdentities(brand: DraftBrand): Set<string> {
  const keys = new Set(brand.domains.map((domain) => `domain:${domain}`));
  for (const [platform, handles] of Object.entries(brand.handles)) {
    for (const handle of handles ?? []) keys.add(`${platform}:${handle.replace(/^@/, '').toLowerCase()}`);
  }
  return keys;
}

/**
 * Ids of brands whose name leads to another brand as well. Two brands of one name are told apart
 * only when they sell different things (no category in common) and each has a web identity of its
 * own (domains and handles, none shared): Gap the clothes chain and Gap the UK trade counter are;
 * Lego the toy shop and Lego the vending machine (both lego.com) are one company, and a parcel-locker
 * entry with no site of its own is a facet of its namesake. Where only one of the two is a chain
 * known worldwide (Nike, beside the Slovak bookmaker Niké), the name is taken to mean it and only the
 * other is flagged; otherwise both are.
 */
export function flagHomonyms(byName: ReadonlyMap<string, readonly DraftBrand[]>): Set<string> {
  const flagged = new Set<string>();
  for (const namesakes of byName.values()) {
    if (namesakes.length < 2) continue;
    const identities = namesakes.map(webIdentities);
    for (let i = 0; i < namesakes.length; i++) {
      for (let j = i + 1; j < namesakes.length; j++) {
        const a = namesakes[i]!;
        const b = namesakes[j]!;
        const idsA = identities[i]!;
        const idsB = identities[j]!;
        if (a.categories.some((category) => b.categories.includes(category))) continue;
        if (idsA.size === 0 || idsB.size === 0 || [...idsA].some((key) => idsB.has(key))) continue;
        if (!(b.worldwide && !a.worldwide)) flagged.add(b.id);
        if (!(a.worldwide && !b.worldwide)) flagged.add(a.id);
      }
    }
  }
  return flagged;
}

/**
 * A domain listed by brands of different names belongs to one of them at most: the one named like
 * the domain (tesco.com → the Tesco formats, not a partner). Where none is, a small group keeps it (a
 * parent's site listed by its few chains, gapinc.com); a domain claimed by more unrelated brands is
 * a portal and is dropped. Changes `brands` in place; returns how many domains were dropped.
 */
export function resolveSharedDomains(brands: readonly DraftBrand[]): number {
  const claims = new Map<string, DraftBrand[]>();
  for (const brand of brands) {
    for (const domain of brand.domains) {
      const claimants = claims.get(domain);
      if (claimants) claimants.push(brand);
      else claims.set(domain, [brand]);
    }
  }
  let dropped = 0;
  for (const [domain, claimants] of claims) {
    const names = new Set(claimants.map((brand) => nameKey(brand.name)));
    if (names.size < 2) continue;
    const label = compactKey(getDomainWithoutSuffix(domain) ?? domain);
    const namedLikeIt = claimants.filter((brand) => {
      const key = compactKey(brand.name);
      // bk.com for BK, tesco.com for Tesco Express, burgerkingarabia.com for Burger King.
      return key !== '' && (key === label || (key.length >= 4 && label.startsWith(key)) || (label.length >= 4 && key.startsWith(label)));
    });
    const keepers = namedLikeIt.length > 0 ? namedLikeIt : names.size <= 3 ? claimants : [];
    if (keepers.length === 0) dropped += 1;
    for (const brand of claimants) {
      if (!keepers.includes(brand)) brand.domains = brand.domains.filter((other) => other !== domain);
    }
  }
  return dropped;
}
