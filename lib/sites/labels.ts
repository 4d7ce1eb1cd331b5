/**
 * The platforms' own disclosure labels as the page shows them, per language
 * (../shared/reference/disclosure-markers.md §1). They are only ever matched against the label slot
 * of one post, never against page text: the sites ship their whole translation table in the page.
 */
import type { PlatformLabel } from '@/lib/schema/post';

type LabelKind = PlatformLabel['kind'];

/** Prefixes, compared case-insensitively after NFKC; "… with" forms come first so they win. */
const PAID_PARTNERSHIP = [
  'paid partnership',
  'bezahlte partnerschaft',
  'bezahlte werbepartnerschaft',
  'partenariat rémunéré',
  'partnership retribuita',
  'partnership pubblicizzata',
  'colaboración pagada',
  'parceria paga',
  'betaald partnerschap',
  'płatne partnerstwo',
  'placené partnerství',
  'maksettu kumppanuus',
  'платное партнерство',
  'ücretli ortaklık',
  'kemitraan berbayar',
  '有償パートナーシップ',
  'タイアップ投稿',
  '付费合伙',
  '付費合作',
  '유료 광고',
];

const PROMOTIONAL = [
  'promotional content',
  'contenu promotionnel',
  'contenido promocional',
  'contenuto promozionale',
  'conteúdo promocional',
  'werbeinhalt',
  'treść promocyjna',
];

const PAID_PROMOTION = [
  'includes paid promotion',
  'inclut une communication commerciale',
  'comprend une promotion payante',
  'enthält bezahlte werbung',
  'incluye promoción de pago',
  'inclui promoção paga',
  'есть платная реклама',
  '유료 광고 포함',
];

/** Exact words of the sites' ad badge ("Sponsored", "Ad", "Annonce", …). */
const AD_BADGE = [
  'sponsored',
  'ad',
  'ads',
  'annonce',
  'anuncio',
  'anúncio',
  'anzeige',
  'werbung',
  'gesponsert',
  'sponsorisé',
  'sponsorisée',
  'publicidad',
  'patrocinado',
  'sponsorizzato',
  'gesponsord',
  'sponsrad',
  'sponsorowane',
  'реклама',
  '광고',
  '広告',
  '贊助',
  '赞助内容',
  'commandité',
  'sponsorlu',
];

export function normaliseLabelText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Which label a piece of label-slot text is, or null when it is not one we know. */
export function classifyLabelText(text: string): LabelKind | null {
  const t = normaliseLabelText(text);
  if (!t) return null;
  if (PAID_PROMOTION.some((p) => t.startsWith(p))) return 'paid-promotion';
  if (PAID_PARTNERSHIP.some((p) => t.startsWith(p))) return 'paid-partnership';
  if (PROMOTIONAL.some((p) => t.startsWith(p))) return 'promotional';
  if (AD_BADGE.includes(t.replace(/[·•:]/g, '').trim())) return 'ad';
  return null;
}
