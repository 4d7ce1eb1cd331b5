import { describe, expect, it } from 'vitest';
import { normaliseText, originalSpan, SCRIPT_CJK, SCRIPT_CYRILLIC } from '@/lib/detect/normalise';

/** The original characters under the first occurrence of `part` in the key of `text`. */
function originalOf(text: string, part: string): string {
  const norm = normaliseText(text);
  const at = norm.key.indexOf(part);
  const { start, end } = originalSpan(norm, at, at + part.length);
  return text.slice(start, end);
}

describe('normaliseText', () => {
  it.each([
    ['𝐍𝐢𝐤𝐞'], ['𝑵𝒊𝒌𝒆'], ['𝓝𝓲𝓴𝓮'], ['𝔑𝔦𝔨𝔢'], ['ℕ𝕚𝕜𝕖'], ['Ｎｉｋｅ'], ['Ⓝⓘⓚⓔ'], ['🅽🅸🅺🅴'], ['🅝🅘🅚🅔'], ['ɴɪᴋᴇ'],
    ['🇳🇮🇰🇪'], ['Nіkе'], ['Ni\u200Bke'], ['Ni\u00ADke'], ['N̲i̲k̲e̲'], ['Nïké'], ['⒩⒤⒦⒠'], ['Nik\uFE0Fe'], ['Ni\u200Dke'],
  ])('reads %j as "nike"', (fancy) => {
    expect(normaliseText(fancy).key).toBe('nike');
  });

  it('reads words around emoji with variation selectors and joiners the same, with offsets that line up', () => {
    for (const text of ['Love it ❤️ Nike ❤️', 'Family 👨‍👩‍👧 day at Nike', 'Nike❤️Nike', '❤️Nike 👍🏽']) {
      const norm = normaliseText(text);
      const words = norm.key.split(/[^a-z]+/).filter(Boolean);
      expect(words.filter((w) => w === 'nike').length, text).toBe(text.split('Nike').length - 1);
      let at = norm.key.indexOf('nike');
      while (at >= 0) {
        const { start, end } = originalSpan(norm, at, at + 4);
        expect(text.slice(start, end)).toBe('Nike');
        at = norm.key.indexOf('nike', at + 4);
      }
    }
  });

  it('folds accented Latin text letter by letter, also where lower-casing the whole text would differ', () => {
    // "İ" lower-cases to two units and a final capital sigma to "ς" when the text is lower-cased whole.
    const text = 'Właśnie Grüße aus İSTANBUL, ΟΔΟΣ';
    expect(normaliseText(text).key).toBe('wlasnie grusse aus istanbul, οδοσ');
    expect(originalOf(text, 'istanbul')).toBe('İSTANBUL');
  });

  it('reads letters with a stroke and ligatures as typed without them, with offsets on the letters', () => {
    const text = 'Łomża, Ørsted & Œuvre';
    expect(normaliseText(text).key).toBe('lomza, orsted & oeuvre');
    expect(originalOf(text, 'oeuvre')).toBe('Œuvre');
  });

  it('keeps genuine Cyrillic words intact', () => {
    expect(normaliseText('Реклама').key).toBe('реклама');
  });

  it('in Russian text, reads only the spoofed words as Latin, with offsets that still line up', () => {
    // "Nіkе" and "аррlе" mix or consist of look-alikes; the Russian words around them stay Cyrillic.
    const text = 'Спасибо Nіkе за поддержку, и ещё аррlе 🔥 реклама';
    expect(normaliseText(text).key).toBe('спасибо nike за поддержку, и еще apple 🔥 реклама');
    expect(originalOf(text, 'apple')).toBe('аррlе');
  });

  it('maps every key range back to the original characters', () => {
    const text = 'Try 𝐍𝐢\u200B𝐤𝐞 now';
    const norm = normaliseText(text);
    const at = norm.key.indexOf('nike');
    const { start, end } = originalSpan(norm, at, at + 4);
    expect(text.slice(start, end)).toBe('𝐍𝐢\u200B𝐤𝐞');
  });

  it('folds German sharp s and keeps offsets of the expanded letters', () => {
    const text = 'Große Liebe';
    const norm = normaliseText(text);
    expect(norm.key).toBe('grosse liebe');
    const { start, end } = originalSpan(norm, 0, 6);
    expect(text.slice(start, end)).toBe('Große');
  });
});

describe('scripts noted in the key', () => {
  it.each([
    ['plain ASCII', 'Use code SARAH10 ❤️', 0],
    ['emoji only', '🔥 new drop 👟', 0],
    ['Japanese', 'クーポン: YUKI10', SCRIPT_CJK],
    ['Korean', '쿠폰 MINJI10', SCRIPT_CJK],
    ['Cyrillic', 'Промокод OLGA10', SCRIPT_CYRILLIC],
    ['both', 'промокод 🎉 クーポン', SCRIPT_CJK | SCRIPT_CYRILLIC],
    // Full-width Latin folds to ASCII in the key: no CJK there, though the text has full-width forms.
    ['full-width Latin', 'Ｎｉｋｅ ＃ａｄ', 0],
    // Fancy letters go through the slow path, which reads the scripts off the finished key.
    ['fancy letters and Cyrillic', '𝐍𝐢𝐤𝐞 купон', SCRIPT_CYRILLIC],
    ['fancy letters and Chinese', '𝐍𝐢𝐤𝐞 广告', SCRIPT_CJK],
  ])('%s', (_, text, scripts) => {
    expect(normaliseText(text).scripts).toBe(scripts);
  });
});
