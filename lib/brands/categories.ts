/**
 * Category ids and the words people use for them.
 *
 * An id is the dataset's OSM category value in kebab-case (amenity=fast_food → `fast-food`,
 * shop=clothes → `clothes`), so it can be traced back to name-suggestion-index without a crosswalk.
 * Contracts are written by people, though ("Jewellery", "fastfood", "apparel"), so resolveCategory
 * accepts labels, OSM tags, spelling variants, plurals and the synonyms below.
 */
import type { Catalogue } from '@/lib/brands/catalogue';

/** `fast_food` → `fast-food`; `e-cigarette` stays. */
export function categoryIdFromTagValue(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Labels the options page shows where the plain value reads badly. */
const LABEL_OVERRIDES: Readonly<Record<string, string>> = {
  doityourself: 'DIY / home improvement',
  atm: 'ATM',
  'e-cigarette': 'E-cigarettes',
  it: 'IT services',
  bbq: 'Barbecue',
  vpn: 'VPN',
};

/** `fast-food` → "Fast food". */
export function categoryLabel(id: string): string {
  const override = LABEL_OVERRIDES[id];
  if (override) return override;
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Words contracts use for a category → the category id. Keys are written as normaliseCategoryInput
 * returns them. Entries cover British/American spelling (jewellery, fitness-center), trade words
 * (apparel, footwear, qsr), and everyday names of a shop type (petrol-station, drugstore, gym).
 * Entries whose target is not in the built catalogue are dropped by the build.
 */
export const CATEGORY_SYNONYMS: Readonly<Record<string, string>> = {
  jewellery: 'jewelry',
  jewelery: 'jewelry',
  jeweller: 'jewelry',
  jeweler: 'jewelry',
  fastfood: 'fast-food',
  'quick-service-restaurant': 'fast-food',
  qsr: 'fast-food',
  apparel: 'clothes',
  clothing: 'clothes',
  fashion: 'clothes',
  garments: 'clothes',
  footwear: 'shoes',
  sneakers: 'shoes',
  trainers: 'shoes',
  // The sponsor list's categories (lib/brands/build/sponsor-brands.ts), as contracts word them.
  vpns: 'vpn',
  'vpn-services': 'vpn',
  'meal-kits': 'meal-kit',
  'password-managers': 'password-manager',
  'website-builders': 'website-builder',
  'e-learning': 'online-learning',
  therapy: 'online-therapy',
  haircare: 'cosmetics',
  'hair-care': 'cosmetics',
  toiletries: 'personal-care',
  deodorant: 'personal-care',
  hygiene: 'personal-care',
  toothpaste: 'oral-care',
  'dental-care': 'oral-care',
  beer: 'alcohol',
  spirits: 'alcohol',
  'alcoholic-drinks': 'alcohol',
  'alcoholic-beverages': 'alcohol',
  'energy-drinks': 'beverages',
  chips: 'snacks',
  crisps: 'snacks',
  headphones: 'hifi',
  audio: 'hifi',
  'gaming-peripherals': 'computer',
  smartphones: 'mobile-phone',
  smartphone: 'mobile-phone',
  phones: 'mobile-phone',
  smartwatches: 'wearables',
  'fitness-trackers': 'wearables',
  consoles: 'video-games',
  makeup: 'cosmetics',
  'make-up': 'cosmetics',
  skincare: 'cosmetics',
  'skin-care': 'cosmetics',
  'beauty-products': 'cosmetics',
  fragrance: 'perfumery',
  perfume: 'perfumery',
  'coffee-shop': 'cafe',
  coffeehouse: 'cafe',
  'coffee-house': 'cafe',
  cafes: 'cafe',
  petrol: 'fuel',
  'petrol-station': 'fuel',
  'gas-station': 'fuel',
  'filling-station': 'fuel',
  grocery: 'supermarket',
  groceries: 'supermarket',
  'grocery-store': 'supermarket',
  drugstore: 'chemist',
  gym: 'fitness-centre',
  fitness: 'fitness-centre',
  'fitness-center': 'fitness-centre',
  'health-club': 'fitness-centre',
  sportswear: 'sports',
  'sporting-goods': 'sports',
  'consumer-electronics': 'electronics',
  telecom: 'telecommunication',
  telco: 'telecommunication',
  'mobile-network': 'telecommunication',
  banking: 'bank',
  lodging: 'hotel',
  icecream: 'ice-cream',
  gelato: 'ice-cream',
  eyewear: 'optician',
  glasses: 'optician',
  diy: 'doityourself',
  'home-improvement': 'doityourself',
  'pet-store': 'pet',
  'pet-supplies': 'pet',
  toy: 'toys',
  bookstore: 'books',
  bookshop: 'books',
  liquor: 'alcohol',
  'off-licence': 'alcohol',
  automotive: 'car',
  'car-dealer': 'car',
  supplements: 'nutrition-supplements',
  vitamins: 'nutrition-supplements',
  vape: 'e-cigarette',
  vaping: 'e-cigarette',
  'home-furnishings': 'furniture',
  'video-game': 'video-games',
  gaming: 'video-games',
  betting: 'bookmaker',
  sportsbook: 'bookmaker',
  watch: 'watches',
  drinks: 'beverages',
  'soft-drinks': 'beverages',
  candy: 'confectionery',
  sweets: 'confectionery',
  'movie-theater': 'cinema',
  'movie-theatre': 'cinema',
  travel: 'travel-agency',
  'hair-salon': 'hairdresser',
  barber: 'hairdresser',
  'car-hire': 'car-rental',
};

/**
 * "Fast Food" / "amenity=fast_food" / " jewellery " → "fast-food" / "fast-food" / "jewellery":
 * lower case, accents dropped, an OSM key (`shop=`) dropped, `&` read as "and", runs of other
 * characters turned into one hyphen.
 */
export function normaliseCategoryInput(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .trim()
    .toLowerCase()
    .replace(/^[a-z:_]+\s*=\s*/, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The category id for what a person wrote, without a catalogue at hand: normalised, then the
 * synonyms above ("Jewellery" → jewelry, "fastfood" → fast-food, "amenity=fast_food" → fast-food).
 * Apply it to both sides of a comparison (clause categories and brand categories); where the catalogue
 * is loaded, resolveCategory also knows its ids (plurals, other spellings) and says when none fits.
 */
export function canonicalCategory(input: string): string {
  const key = normaliseCategoryInput(input);
  return CATEGORY_SYNONYMS[key] ?? key;
}

/**
 * The category a clause means, among the categories the brands at hand have (`isKnown`): the canonical id
 * (canonicalCategory: "Skincare" → cosmetics, "VPNs" → vpn), else the first of its singular forms
 * that is known or has a synonym ("cameras" → camera, "energy drinks" → beverages); else the canonical id,
 * which then only matches brands filed under the same words.
 */
export function categoryAmong(input: string, isKnown: (id: string) => boolean): string {
  const canonical = canonicalCategory(input);
  if (canonical === '' || isKnown(canonical)) return canonical;
  for (const form of singularForms(canonical)) {
    const id = CATEGORY_SYNONYMS[form] ?? form;
    if (isKnown(id)) return id;
  }
  return canonical;
}

/** Plural forms a person may write for a singular id: bakeries → bakery, watches → watch, banks → bank. */
function singularForms(key: string): string[] {
  const forms: string[] = [];
  if (key.endsWith('ies')) forms.push(`${key.slice(0, -3)}y`);
  if (key.endsWith('es')) forms.push(key.slice(0, -2));
  if (key.endsWith('s')) forms.push(key.slice(0, -1));
  return forms;
}

const compact = (key: string): string => key.replace(/-/g, '');

interface CategoryLookup {
  ids: ReadonlySet<string>;
  byCompactId: ReadonlyMap<string, string>;
}
/** Built once per catalogue object: contracts resolve many categories against the same catalogue. */
const lookups = new WeakMap<Catalogue['categories'], CategoryLookup>();
function lookupFor(catalogue: Catalogue): CategoryLookup {
  let lookup = lookups.get(catalogue.categories);
  if (!lookup) {
    lookup = {
      ids: new Set(catalogue.categories.map((category) => category.id)),
      byCompactId: new Map(catalogue.categories.map((category) => [compact(category.id), category.id])),
    };
    lookups.set(catalogue.categories, lookup);
  }
  return lookup;
}

/**
 * The catalogue category a person meant, or null when none fits. Tries, in order: the id itself,
 * a synonym, the same words without hyphens ("fastfood" is fast-food), then singular forms.
 */
export function resolveCategory(input: string, catalogue: Catalogue): string | null {
  const key = normaliseCategoryInput(input);
  if (key === '') return null;
  const { ids, byCompactId } = lookupFor(catalogue);
  for (const candidate of [key, ...singularForms(key)]) {
    if (ids.has(candidate)) return candidate;
    const synonym = catalogue.synonyms[candidate];
    if (synonym !== undefined && ids.has(synonym)) return synonym;
    const byCompact = byCompactId.get(compact(candidate));
    if (byCompact !== undefined) return byCompact;
  }
  return null;
}
