/**
 * Draft check: is a caption's sponsorship disclosure adequate? Pure; reads the PostResult that the
 * engine (the same one the pages use, reached through the background) returned for the draft.
 *
 *   markers ─┬─ strong (label, ad)                      adequate when one is seen before the "more" fold
 *            ├─ weak (partnership, gifted, affiliate)   not enough alone
 *            └─ negation ("not sponsored")               flagged: misleading if the post is paid
 *   brands ∩ contracted brands + commercial signals, no adequate disclosure → own-brand problem
 */
import type { Platform } from '@/lib/schema/contracts';
import type { BrandMention, Marker, PostResult } from '@/lib/schema/post';

/**
 * Characters of a caption shown before the platform's "more" fold. A disclosure behind the fold is not
 * "clear and conspicuous" (FTC, "Disclosures 101 for Social Media Influencers", 2019: "put it … above the
 * 'more' button"). Instagram's help centre ("Why doesn't my entire caption display in feed?") says the feed
 * shows three lines and recommends 125 characters or fewer; TikTok folds a caption after about two lines
 * and YouTube shows roughly the first 100–150 characters of a description above "…more" (YouTube Help,
 * "Write descriptions"). We take the short end so a pass means visible on a phone.
 */
export const FOLD_CHARS: Readonly<Record<Platform, number>> = { instagram: 125, tiktok: 100, youtube: 100 };

export const STRONG_MARKER_KINDS = ['label', 'ad'] as const;
export const WEAK_MARKER_KINDS = ['partnership', 'gifted', 'affiliate'] as const;

export interface PlacedMarker {
  marker: Marker;
  /** The platform label sits above the caption, so it is always seen; text markers must start before the fold. */
  beforeFold: boolean;
}

export type DisclosureProblem =
  | { kind: 'no-disclosure'; message: string }
  | { kind: 'weak-only'; message: string; markers: Marker[] }
  | { kind: 'after-fold'; message: string; markers: Marker[] }
  | { kind: 'negation'; message: string; markers: Marker[] }
  | { kind: 'own-brand-undisclosed'; message: string; brands: BrandMention[] };

export interface DisclosureAssessment {
  platform: Platform;
  fold: number;
  strong: PlacedMarker[];
  weak: PlacedMarker[];
  negations: Marker[];
  /** Discount codes or affiliate / tracked links in the draft. */
  commercialSignals: boolean;
  /** Whether the draft looks sponsored at all: a marker, a commercial signal or a brand mention. */
  sponsoredSignals: boolean;
  /** A strong marker a viewer sees without tapping "more". */
  adequate: boolean;
  problems: DisclosureProblem[];
}

export function isStrongMarker(marker: Pick<Marker, 'kind'>): boolean {
  return (STRONG_MARKER_KINDS as readonly string[]).includes(marker.kind);
}

export function isWeakMarker(marker: Pick<Marker, 'kind'>): boolean {
  return (WEAK_MARKER_KINDS as readonly string[]).includes(marker.kind);
}

function place(marker: Marker, fold: number): PlacedMarker {
  return { marker, beforeFold: marker.kind === 'label' || marker.start < fold };
}

const quoted = (markers: readonly Marker[]) => markers.map((m) => `"${m.text}"`).join(', ');

/**
 * `contractedBrandIds`: the brands the creator holds contracts with (any date). A mention of one of them
 * with commercial signals needs an adequate disclosure for that brand's own campaign.
 */
export function assessDisclosure(
  result: Pick<PostResult, 'platform' | 'markers' | 'commercial' | 'brands'>,
  contractedBrandIds: ReadonlySet<string> = new Set(),
): DisclosureAssessment {
  const fold = FOLD_CHARS[result.platform];
  const strong = result.markers.filter(isStrongMarker).map((m) => place(m, fold));
  const weak = result.markers.filter(isWeakMarker).map((m) => place(m, fold));
  const negations = result.markers.filter((m) => m.kind === 'negation');
  const commercialSignals = result.commercial.codes.length > 0 || result.commercial.links.length > 0;
  const sponsoredSignals = strong.length > 0 || weak.length > 0 || commercialSignals || result.brands.length > 0;
  const adequate = strong.some((p) => p.beforeFold);

  const problems: DisclosureProblem[] = [];
  if (!adequate) {
    const late = strong.filter((p) => !p.beforeFold).map((p) => p.marker);
    if (late.length > 0) {
      problems.push({
        kind: 'after-fold',
        markers: late,
        message: `${quoted(late)} comes after the first ${fold} characters, behind "more": move it to the start of the caption.`,
      });
    } else if (weak.length > 0) {
      const markers = weak.map((p) => p.marker);
      problems.push({
        kind: 'weak-only',
        markers,
        message: `${quoted(markers)} alone is a weak disclosure: add #ad (or the platform's paid-partnership label) before the "more" fold.`,
      });
    } else if (commercialSignals || result.brands.length > 0) {
      problems.push({
        kind: 'no-disclosure',
        message: 'No sponsorship disclosure: if this post is paid, gifted or earns a commission, add #ad before the "more" fold.',
      });
    }
  }
  if (negations.length > 0) {
    problems.push({
      kind: 'negation',
      markers: negations,
      message: `${quoted(negations)} says the post is not paid: if there is any payment, gift or commission, this misleads viewers.`,
    });
  }
  const own = result.brands.filter((b) => contractedBrandIds.has(b.brandId) && b.via !== 'fuzzy');
  if (own.length > 0 && !adequate && (commercialSignals || weak.length > 0)) {
    const names = [...new Set(own.map((b) => b.name))].join(', ');
    problems.push({
      kind: 'own-brand-undisclosed',
      brands: own,
      message: `${names} is a contracted brand and the caption has commercial signals but no adequate disclosure: a compliance risk for the brand's own campaign.`,
    });
  }
  return { platform: result.platform, fold, strong, weak, negations, commercialSignals, sponsoredSignals, adequate, problems };
}
