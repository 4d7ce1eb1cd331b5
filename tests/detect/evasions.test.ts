import { describe, expect, it } from 'vitest';
import { findEvasiveSpellings } from '@/lib/detect/evasions';
import { normaliseText } from '@/lib/detect/normalise';
import { tokenise } from '@/lib/detect/tokens';

const BRANDS = new Set(['nike', 'adidas', 'redbull', 'lego']);
const isBrand = (compact: string) => BRANDS.has(compact);

function find(text: string, isBrandKey: (compact: string) => boolean = isBrand) {
  const norm = normaliseText(text);
  const tokenised = tokenise(norm, text);
  const found = findEvasiveSpellings(norm.key, tokenised.tokens, isBrandKey, tokenised);
  // The engine passes the tokeniser's longest run of one-unit words and its count of words mixing digits
  // with letters to skip most captions, and to read only the tokens holding a leet digit: that shortcut must find exactly what reading every token finds (checked with the
  // plain brand list, since some tests count the calls of their own isBrandKey).
  if (isBrandKey === isBrand) expect(findEvasiveSpellings(norm.key, tokenised.tokens, isBrandKey)).toEqual(found);
  return { key: norm.key, tokens: tokenised.tokens, found };
}

/** [compact, how, key substring] for each spelling found. */
function readings(text: string, isBrandKey?: (compact: string) => boolean) {
  const { key, found } = find(text, isBrandKey);
  return found.map((f) => [f.compact, f.how, key.slice(f.from, f.to)]);
}

describe('spaced and dotted letters', () => {
  it.each([
    ['N i k e', 'n i k e'],
    ['N.I.K.E', 'n.i.k.e'],
    ['N-I-K-E', 'n-i-k-e'],
    ['n_i_k_e', 'n_i_k_e'],
    ['N·I·K·E', 'n·i·k·e'],
    ['N. I. K. E.', 'n. i. k. e'],
    ['N  i  k  e', 'n  i  k  e'],
    ['Ｎ ｉ ｋ ｅ', 'n i k e'],
  ])('reads %j as nike', (text, span) => {
    expect(readings(text)).toEqual([['nike', 'spaced', span]]);
  });

  it('finds the spelling inside a sentence, with token indices and key offsets', () => {
    const { key, tokens, found } = find('Just got my new A D I D A S kicks, love them');
    expect(found).toHaveLength(1);
    const [hit] = found;
    expect(hit).toMatchObject({ compact: 'adidas', how: 'spaced', tokenCount: 6 });
    expect(key.slice(hit!.from, hit!.to)).toBe('a d i d a s');
    expect(tokens.from(hit!.tokenIndex)).toBe(hit!.from);
    expect(tokens.to(hit!.tokenIndex + hit!.tokenCount - 1)).toBe(hit!.to);
  });

  it('skips an English "a" or "I" glued to the front of the run', () => {
    expect(readings('buy a n i k e shirt')).toEqual([['nike', 'spaced', 'n i k e']]);
    const { tokens, found } = find('buy a n i k e shirt');
    expect(found[0]).toMatchObject({ tokenIndex: 2, tokenCount: 4 });
    expect(tokens.text(2)).toBe('n');
    expect(readings('so I n i k e it')).toEqual([['nike', 'spaced', 'n i k e']]);
  });

  it('drops a trailing letter that is not part of the brand', () => {
    expect(readings('l e g o a')).toEqual([['lego', 'spaced', 'l e g o']]);
  });

  it('finds several spellings in one run and in one caption', () => {
    expect(readings('n i k e l e g o')).toEqual([
      ['nike', 'spaced', 'n i k e'],
      ['lego', 'spaced', 'l e g o'],
    ]);
    expect(readings('N.I.K.E vs A-D-I-D-A-S')).toEqual([
      ['nike', 'spaced', 'n.i.k.e'],
      ['adidas', 'spaced', 'a-d-i-d-a-s'],
    ]);
  });

  it('proposes nothing for runs that read as no brand', () => {
    expect(readings('I a m here')).toEqual([]);
    expect(readings('a b c d e f')).toEqual([]);
    expect(readings('x o x o')).toEqual([]);
  });

  it('lets isBrandKey decide, so "I a m" is found only when the dictionary has "iam"', () => {
    expect(readings('I a m here', (c) => c === 'iam')).toEqual([['iam', 'spaced', 'i a m']]);
  });

  it('needs at least three letters', () => {
    expect(readings('l e', (c) => c === 'le')).toEqual([]);
  });

  it('does not join letters across other punctuation, hashtags or mentions', () => {
    expect(readings('n, i, k, e')).toEqual([]);
    expect(readings('n/i/k/e')).toEqual([]);
    expect(readings('n i #k e')).toEqual([]);
    expect(readings('n i @k e')).toEqual([]);
    expect(readings('n i    k e')).toEqual([]); // a gap of four spaces ends the run
  });

  it('ignores single digits', () => {
    expect(readings('1 2 3 go', (c) => c === '123')).toEqual([]);
  });

  it('skips runs longer than 24 letters, but finds the brand in a run of 24', () => {
    const long = 'q w e r t y u i o p a s d f g h j k l z x c n i k e';
    expect(long.split(' ')).toHaveLength(26);
    expect(readings(long)).toEqual([]);
    const twentyFour = 'q w e r t y u i o p a s d f g h j k l z n i k e';
    expect(twentyFour.split(' ')).toHaveLength(24);
    expect(readings(twentyFour)).toEqual([['nike', 'spaced', 'n i k e']]);
  });

  it('maps offsets back through the normalised key to the original text', () => {
    const text = 'wow 𝐍 𝐈 𝐊 𝐄 !!';
    const norm = normaliseText(text);
    const { tokens } = tokenise(norm, text);
    const [hit] = findEvasiveSpellings(norm.key, tokens, isBrand);
    expect(hit?.compact).toBe('nike');
    expect(text.slice(norm.keyStart[hit!.from], norm.keyEnd[hit!.to - 1])).toBe('𝐍 𝐈 𝐊 𝐄');
  });
});

describe('leetspeak', () => {
  it.each([
    ['N1ke', 'nike', 'n1ke'],
    ['4did4s', 'adidas', '4did4s'],
    ['r3dbull', 'redbull', 'r3dbull'],
    ['R3DBU11', 'redbull', 'r3dbu11'],
    ['1ego', 'lego', '1ego'],
    ['L3G0', 'lego', 'l3g0'],
  ])('reads %j as %s', (text, compact, span) => {
    expect(readings(text)).toEqual([[compact, 'leet', span]]);
  });

  it('reads one letter followed by digits ("L337" is "leet")', () => {
    expect(readings('so L337', (c) => c === 'leet')).toEqual([['leet', 'leet', 'l337']]);
  });

  it('finds leet words inside a sentence, with their token index', () => {
    const { key, tokens, found } = find('Grabbed a can of r3dbull before the N1KE run (2 km)');
    expect(found.map((f) => [f.compact, key.slice(f.from, f.to), f.tokenCount])).toEqual([
      ['redbull', 'r3dbull', 1],
      ['nike', 'n1ke', 1],
    ]);
    for (const f of found) expect(tokens.text(f.tokenIndex)).toBe(key.slice(f.from, f.to));
  });

  it('tries "1" as "i" before "l", and only those two readings', () => {
    const asked: string[] = [];
    const record = (c: string) => {
      asked.push(c);
      return false;
    };
    find('l1l1', record);
    expect(asked).toEqual(['lili', 'llll']);
    expect(readings('m1l1', (c) => c === 'mili' || c === 'mlll')).toEqual([['mili', 'leet', 'm1l1']]);
  });

  it('does not read numbers, model names, quantities or times as leet', () => {
    const asked: string[] = [];
    const all = (c: string) => {
      asked.push(c);
      return true;
    };
    for (const text of ['iphone15', 'ps5', 'top 10', '2024', '10am', '100ml', '1080p', '4k', 'mp3', 'b2b', 'galaxy8', '1337', 'n1k3s2', 'h4x0r9']) {
      expect(readings(text, all), text).toEqual([]);
    }
    expect(asked).toEqual([]);
  });

  it('reads leet hashtags, keeping the "#" in the span, and leaves mentions, URLs and words with apostrophes alone', () => {
    expect(readings('#n1ke @n1ke n1ke.com/shop n1ke\'s')).toEqual([['nike', 'leet', '#n1ke']]);
    expect(readings('#r3dbull_team #ps5 #2024')).toEqual([]);
  });

  it('only reads words of 4 to 20 characters', () => {
    expect(readings('n1k', (c) => c === 'nik')).toEqual([]);
    expect(readings(`n1ke${'a'.repeat(17)}`, () => true)).toEqual([]);
    expect(readings(`n1ke${'a'.repeat(16)}`, () => true)).toHaveLength(1);
  });

  it('still finds leet words after numbers, model names, tags and links that hold digits', () => {
    expect(readings('top 10 of 2024: ps5, 5km, iphone15, #n1ke, bit.ly/3xk7a then n1ke and 4did4s')).toEqual([
      ['nike', 'leet', '#n1ke'],
      ['nike', 'leet', 'n1ke'],
      ['adidas', 'leet', '4did4s'],
    ]);
  });

  it('reports spaced and leet spellings together, in caption order', () => {
    expect(readings('L3G0 or N I K E or r3dbull?')).toEqual([
      ['lego', 'leet', 'l3g0'],
      ['nike', 'spaced', 'n i k e'],
      ['redbull', 'leet', 'r3dbull'],
    ]);
  });

  it('proposes a leet reading that is no brand only to isBrandKey', () => {
    expect(readings('h3ll0 w0rld')).toEqual([]);
  });
});

describe('ordinary captions', () => {
  it('returns the shared empty array for 1,000 ordinary captions', () => {
    const phrases = [
      'Sunday brunch with the girls 🥞☕ best pancakes in town, highly recommend!',
      'New video is up on my channel, link in bio. Took me 3 weeks to edit this one 😅',
      'Top 10 travel tips for 2024: pack light, book early and always carry a charger',
      'I am so grateful for all of you, 100k followers!! Thank you 💕 #grateful #100k',
      'Morning run 5km in 27 minutes, new PB. Wearing my favourite shoes again @runclub',
      'Plan A: beach. Plan B: nap. Guess which one won? It was a great day at 10am',
      'Q&A tomorrow at 7pm, drop your questions below ⬇️ I will try to answer them all',
    ];
    let first: unknown;
    let total = 0;
    for (let i = 0; i < 1000; i++) {
      const text = `${phrases[i % phrases.length]} ${i}`;
      const { found } = find(text);
      first ??= found;
      expect(found).toBe(first);
      total += found.length;
    }
    expect(total).toBe(0);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('measures the longest run of one-unit words in the tokeniser, which lets a caption without three in a row skip the search', () => {
    const count = (text: string) => tokenise(normaliseText(text), text).spacedRun;
    expect(count('I got a new N i k e hoodie')).toBe(4);
    expect(count('a b c')).toBe(3);
    expect(count('I think a lot of u and I')).toBe(1);
    expect(count('#a @b https://x.co/e')).toBe(0);
    expect(count('c.d')).toBe(2);
    expect(count('n . i . k . e')).toBe(4);
    // Four units apart, or a tag between: no longer one run.
    expect(count('n .  i')).toBe(1);
    expect(count('a #b c d')).toBe(2);
    expect(count("it's a 𝐍ike")).toBe(1);
    expect(readings('a b NIKE')).toEqual([]);
    expect(readings('wear N.I.K.E today')).toEqual([['nike', 'spaced', 'n.i.k.e']]);
  });

  it('counts words and hashtags mixing digits with letters in the tokeniser, which lets a caption without one skip the leet search', () => {
    const count = (text: string) => tokenise(normaliseText(text), text).mixedWords;
    expect(count('N1ke #4d1d4s kalo25 10am')).toBe(4);
    expect(count('top 10 of 2024 @friend123 https://x.co/p/12ab')).toBe(0);
    expect(count("l3go's 𝐍1𝐤𝐞")).toBe(2);
    expect(readings('new N1ke drop #4d1d4s')).toEqual([['nike', 'leet', 'n1ke'], ['adidas', 'leet', '#4d1d4s']]);
    expect(readings('top 10 of 2024')).toEqual([]);
  });

  it('reads only the tokens holding a leet digit, skipping those in links, handles and numbers', () => {
    expect(readings('see https://n1ke.com/4d1d4s @n1ke 5km then n1ke, 10am #4d1d4s and l3g0 x n1k3')).toEqual([
      ['nike', 'leet', 'n1ke'],
      ['adidas', 'leet', '#4d1d4s'],
      ['lego', 'leet', 'l3g0'],
      ['nike', 'leet', 'n1k3'],
    ]);
  });
});
