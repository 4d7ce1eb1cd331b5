import { describe, expect, it } from 'vitest';
import { classifyLink, findCommercial, findDiscountCodes } from '@/lib/detect/commercial';
import { normaliseText } from '@/lib/detect/normalise';

const codes = (text: string) => {
  const found = findDiscountCodes(text).map((c) => c.code);
  // The engine passes the folded key as a prefilter: it must find exactly the same codes.
  expect(findDiscountCodes(text, normaliseText(text)).map((c) => c.code)).toEqual(found);
  return found;
};

describe('discount codes', () => {
  it('are found the same with the key as a prefilter as without, wherever a code phrase sits', () => {
    const phrases = [
      'code', 'CODE', 'Code:', 'promo code', 'promocode', 'codepromo', 'code promo', 'discount code', 'discountcode', 'coupon', 'coupon code',
      'voucher', 'vouchercode', 'rabatt code', 'rabattcode', 'Rabattkod', 'rabatkode', 'gutschein', 'gutscheincode', 'código', 'codigo de descuento',
      'codice sconto', 'code réduc', 'kortingscode', 'kod', 'kod rabatowy', 'alennuskoodi', 'Промокод', 'クーポン',
    ];
    const wrappers: Array<(phrase: string) => string> = [
      (p) => `Love it ${p} SARAH10 now`,
      (p) => `${p}SARAH10`,
      (p) => `#my_${p.replace(/\s/g, '')} SARAH10`,
      (p) => `@shop.${p.replace(/\s/g, '')} SARAH10`,
      (p) => `@shop_${p.replace(/\s/g, '')} SARAH10`,
      (p) => `l'${p} SARAH10`,
      (p) => `❤️${p} SARAH10 ✨`,
      // A zero-width space is dropped from the key, which then reads one word where the text has two.
      (p) => `sale\u200B${p} SARAH10`,
      (p) => `10${p} SARAH10`,
      (p) => `x${p} SARAH10`,
      (p) => `see https://shop.example/${p.replace(/\s/g, '-')}-SARAH10 ok`,
      (p) => `(${p}: "LEA15") or ${p} MAX20`,
    ];
    let withCodes = 0;
    for (const phrase of phrases) {
      for (const wrap of wrappers) {
        const text = wrap(phrase);
        if (codes(text).length > 0) withCodes++;
      }
    }
    // Most of these read as codes: the comparison above is not only of empty lists.
    expect(withCodes).toBeGreaterThan(phrases.length * 5);
  });

  it('finds every code however late in the caption, with the code phrase starting before the code word', () => {
    const before = '𝐌𝐲 𝐟𝐚𝐯𝐨𝐮𝐫𝐢𝐭𝐞 ✨ '.repeat(30);
    expect(codes(`${before}discount code SARAH10, and then promo code LEA15 or Rabattcode MAXI20 🎉`)).toEqual(['SARAH10', 'LEA15', 'MAXI20']);
    expect(codes(`${before}alennuskoodi ANNA10`)).toEqual(['ANNA10']);
  });

  it('finds codes far apart in a long description, past code words that are no code', () => {
    // Fancy letters between the codes shift the key against the text (its slow path).
    const description = `Use code AAA10 today. ${'𝐋𝐨𝐧𝐠 𝐫𝐞𝐚𝐝 ✨ '.repeat(60)}I love to code. ${'Chapter notes and links below.\n'.repeat(80)}Creator code NINJA, and code BBB20 at checkout. The end.`;
    expect(codes(description)).toEqual(['AAA10', 'BBB20']);
  });

  it.each([
    ['Use my code SARAH20 for 20% off!', 'SARAH20'],
    ['code promo: LEA15', 'LEA15'],
    ['Mit dem Rabattcode ANNA10 spart ihr', 'ANNA10'],
    ['Usa el código JUAN10 en la web', 'JUAN10'],
    ['codice sconto GIULIA in cassa', 'GIULIA'],
    ["Use Code 'Houndish' for 10% off KontrolFreek", 'Houndish'],
    ['use code jackiea for 10% off your total purchase!', 'jackiea'],
    ['Get 5% off using the promo code (TheTrout91):', 'TheTrout91'],
    ['Kod rabatowy: KASIA15', 'KASIA15'],
    ['Alennuskoodi MIKA20 toimii kassalla', 'MIKA20'],
    ['Промокод OLGA10 на скидку', 'OLGA10'],
    ['クーポン: YUKI10 で10%オフ', 'YUKI10'],
    ['쿠폰 MINJI10 사용하세요', 'MINJI10'],
    // Fancy letters take the key through its slow path; the Cyrillic code word is still seen there.
    ['𝐌𝐲 𝐟𝐚𝐯𝐨𝐮𝐫𝐢𝐭𝐞 ✨ промокод OLGA10', 'OLGA10'],
    // Japanese, Chinese and Korean code words glued to the text around them, full-width colons and
    // corner brackets, topic particles, and a Latin code with the text glued on after it.
    ['今ならクーポンコードSARAH10で10%オフ', 'SARAH10'],
    ['クーポンコード：SARAH10で10%オフ', 'SARAH10'],
    ['割引コード「SARAH10」をご利用ください', 'SARAH10'],
    ['쿠폰 코드: MINJI10', 'MINJI10'],
    ['코드는 MINJI10 입니다', 'MINJI10'],
    ['优惠码 LILY10', 'LILY10'],
    ['优惠码是LILY10哦', 'LILY10'],
    ['折扣碼：LILY10', 'LILY10'],
  ])('finds the code in %j', (text, code) => {
    expect(codes(text)).toEqual([code]);
  });

  it.each([
    ['I love to code in Python'],
    ['Use creator code NINJA in the item shop'],
    ['Support-A-Creator code: MRBEAST6000'],
    ['The code below is an example'],
    ['Check the source code on GitHub'],
    ['QRコードを読み取ってください'],
    ['新しいコードを書きました ABC123'],
    ['密码是 ABC123'],
  ])('finds no discount code in %j', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it.each([
    ['#promocode_SAVE10 and my_code LEA15', ['LEA15']],
    ["l'code PAUL10 and @code_anna10", ['PAUL10']],
    ['code A123 and coupon B456, voucher code C789', ['A123', 'B456', 'C789']],
    ['rabatkode MADS10 · kortingscode SOPHIE10 · gutscheincode TOM15 · discount code:DEAL5', ['MADS10', 'SOPHIE10', 'TOM15', 'DEAL5']],
    ['CÓDIGO DE DESCUENTO MARIA10', ['MARIA10']],
    ['barcode 123456 and decode XYZ123', []],
    ['shop https://shop.example/discount/code-SAVE10 now', ['SAVE10']],
    ['https://shop.example/p/1 then code KALO25 🔥', ['KALO25']],
  ])('finds codes wherever a code phrase starts a word, a tag or a handle part, or sits in a link, and none inside a word: %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('reads a code that starts like a word put between (is, to, for, at, es): "code TOMMY10" is TOMMY10, not MMY10', () => {
    expect(codes('gutscheincode TOM15, code ESTHER20, code ATLAS5, code FORTUNE10, code is SARAH10')).toEqual(['TOM15', 'ESTHER20', 'ATLAS5', 'FORTUNE10', 'SARAH10']);
  });

  it('reads a code up to three spaces or line breaks after its word, not one set further apart', () => {
    expect(codes('code:\n\nSARAH10')).toEqual(['SARAH10']);
    expect(codes('promo code   SARAH10')).toEqual(['SARAH10']);
    expect(codes(`code${' '.repeat(20)}SARAH10`)).toEqual([]);
    expect(codes(`クーポン${' '.repeat(5000)}`)).toEqual([]);
  });

  it('gives offsets of the code itself', () => {
    const text = 'Hola! Usa el código JUAN10 ya';
    const [found] = findDiscountCodes(text);
    expect(text.slice(found!.start, found!.end)).toBe('JUAN10');
    const japanese = '今ならクーポンコード：SARAH10で10%オフ';
    const [glued] = findDiscountCodes(japanese, normaliseText(japanese));
    expect(japanese.slice(glued!.start, glued!.end)).toBe('SARAH10');
  });
});

describe('commercial links', () => {
  it.each([
    ['https://amzn.to/3abcd', 'affiliate'],
    ['https://www.amazon.com/dp/B00X?tag=creator-20', 'affiliate'],
    ['https://www.amazon.de/shop/influencer', 'affiliate'],
    ['https://liketk.it/4xyz', 'affiliate'],
    ['https://shopmy.us/collections/123', 'affiliate'],
    ['https://go.magik.ly/ml/abc', 'affiliate'],
    ['https://www.awin1.com/cread.php?awinmid=1&awinaffid=2', 'affiliate'],
    ['https://click.linksynergy.com/deeplink?id=abc', 'affiliate'],
    ['http://www.bookdepository.com/?a_aid=bookworm', 'affiliate'],
    ['https://brand.com/product?utm_source=instagram&utm_campaign=x', 'tracked'],
    ['http://click.dji.com/APXmlSW9?pm=link', 'tracked'],
  ])('classifies %s as %s', (url, kind) => {
    expect(classifyLink(url)).toBe(kind);
  });

  it.each([
    ['https://linktr.ee/someone'],
    ['https://bit.ly/3xyz'],
    ['https://www.instagram.com/p/abc/?igshid=123'],
    ['https://www.amazon.com/dp/B00X'],
    ['amzn.to'],
    ['https://youtu.be/abc?si=xyz'],
  ])('treats %s as neutral', (url) => {
    expect(classifyLink(url)).toBeNull();
  });

  it.each([3, 20])('lists each of %i commercial links once, in order, however often they repeat', (n) => {
    const links = Array.from({ length: n }, (_, i) => `https://amzn.to/x${i}`);
    expect(findCommercial('', [...links, ...links.slice().reverse()]).links.map((l) => l.url)).toEqual(links);
  });

  it('lists each commercial link once, with codes from the text', () => {
    const result = findCommercial('code MAX10', ['https://amzn.to/1', 'https://amzn.to/1', 'https://linktr.ee/x']);
    expect(result).toEqual({ codes: [{ code: 'MAX10', start: 5, end: 10 }], links: [{ url: 'https://amzn.to/1', kind: 'affiliate' }] });
  });
});
