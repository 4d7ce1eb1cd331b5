/**
 * Brand names that are also everyday words (reference/disclosure-markers.md §3.3): a bare occurrence of
 * "apple", "dove" or "coach" is not a brand mention without evidence of the brand sense. Catalogue
 * brands may carry their own `commonWord` flag; this list covers user brands and well-known cases.
 */
export const COMMON_WORD_BRANDS: ReadonlySet<string> = new Set([
  'apple', 'dove', 'gap', 'coach', 'always', 'target', 'orange', 'shell', 'amazon', 'puma', 'jaguar', 'corona',
  'vogue', 'bic', 'tide', 'mars', 'next', 'boots', 'lush', 'oasis', 'subway', 'visa', 'oracle', 'ford', 'guess',
  'express', 'old navy', 'monster', 'axe', 'sure', 'degree', 'dawn', 'joy', 'glamour', 'elle', 'time', 'people',
  'mango', 'only', 'vans', 'converse', 'crocs', 'fossil', 'swatch', 'canon', 'nest', 'ring', 'echo',
  'kindle', 'windows', 'office', 'word', 'edge', 'chrome', 'safari', 'opera', 'bolt', 'lime', 'bird',
  'square', 'stripe', 'slack', 'zoom', 'notion', 'discord', 'twitch', 'signal', 'line',
  'kiwi', 'sprite', 'mountain', 'bounty', 'galaxy', 'milky way', 'dove',
  'finish', 'vanish', 'fairy', 'comfort', 'bold', 'surf',
  'magnum', 'carte', 'mini', 'smart', 'seat', 'jeep', 'ram', 'dodge',
  'mercury', 'saturn', 'genesis', 'polo', 'golf', 'beetle', 'focus', 'fiesta', 'civic', 'accord', 'blue',
  'red', 'black', 'gold', 'silver', 'diamond', 'star', 'sun', 'moon', 'sky', 'ocean', 'nova', 'prime', 'gain',
  'clear', 'simple', 'natural', 'pure', 'fresh', 'original', 'classic', 'premium', 'ultra', 'max', 'pro', 'plus',
  'one', 'first', 'best', 'good', 'great', 'happy', 'love', 'life', 'home', 'house', 'world', 'city', 'style',
  'fit', 'go', 'run', 'play', 'shop', 'store', 'market', 'central', 'united', 'national', 'general', 'family',
]);
