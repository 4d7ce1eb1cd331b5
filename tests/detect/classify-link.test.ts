/**
 * Verdicts of classifyLink on a broad list of links (affiliate hosts and network domains with subdomains,
 * click./track. subdomains, Amazon /shop/ paths, parameters per shop and for any host, UTM, bare hosts,
 * www, case, ports, user info, fragments, no scheme, garbage, unicode hosts), recorded from the
 * implementation before host facts were memoised, so that the memo can never change a verdict.
 */
import { describe, expect, it } from 'vitest';
import { getHostname } from 'tldts';
import { classifyLink, linkParts, linkPartsByUrl, type CommercialLinkKind } from '@/lib/detect/commercial';
import { PLAIN_LINK, plainLinkHost, readsAsPlainLink } from '@/lib/detect/hosts';

const PINNED: Array<[string, CommercialLinkKind | null]> = [
  ["https://amzn.to/3abcd", "affiliate"],
  ["amzn.to/3abcd", "affiliate"],
  ["amzn.to", null],
  ["amzn.to/", null],
  ["https://amzn.to", null],
  ["https://amzn.to/?", null],
  ["https://amzn.to?x=1", "affiliate"],
  ["https://AMZN.TO/3AbCd", "affiliate"],
  ["https://www.amzn.to/x", "affiliate"],
  ["https://amzn.to:443/x", "affiliate"],
  ["https://user:pass@amzn.to/x", "affiliate"],
  ["https://amzn.to#frag", null],
  ["https://amzn.to/#frag", null],
  ["https://a.co/d/abc", "affiliate"],
  ["https://www.amazon.com/dp/B00X?tag=creator-20", "affiliate"],
  ["https://www.amazon.com/dp/B00X?TAG=creator-20", "affiliate"],
  ["https://www.amazon.com/dp/B00X?linkCode=ll1&tag=x-20", "affiliate"],
  ["https://www.amazon.com/dp/B00X", null],
  ["https://www.amazon.com/dp/B00X?th=1", null],
  ["https://www.amazon.de/shop/influencer", "affiliate"],
  ["https://www.amazon.de/SHOP/influencer", "affiliate"],
  ["https://www.amazon.de/shop", null],
  ["https://smile.amazon.co.uk/shop/x", "affiliate"],
  ["https://www.amazon.com/./shop/x", "affiliate"],
  ["https://www.amazon.com/a/../shop/x", "affiliate"],
  ["https://www.amazon.com/%2e/shop/x", "affiliate"],
  ["https://www.amazon.com\\shop\\x", "affiliate"],
  ["https://liketk.it/4xyz", "affiliate"],
  ["https://go.liketk.it/4xyz", "affiliate"],
  ["https://liketk.it/", null],
  ["https://shopmy.us/collections/123", "affiliate"],
  ["https://go.shopmy.us/p-123", "affiliate"],
  ["https://go.magik.ly/ml/abc", "affiliate"],
  ["https://www.awin1.com/cread.php?awinmid=1&awinaffid=2", "affiliate"],
  ["https://click.linksynergy.com/deeplink?id=abc", "affiliate"],
  ["https://ad.linksynergy.com/x", "affiliate"],
  ["https://sub.prf.hn/click/camref:1", "affiliate"],
  ["https://x.y.sjv.io/c/1/2/3", "affiliate"],
  ["http://www.bookdepository.com/?a_aid=bookworm", "affiliate"],
  ["https://brand.com/product?utm_source=instagram&utm_campaign=x", "tracked"],
  ["https://brand.com/?utm_source=instagram", "tracked"],
  ["https://brand.com/product?ref=creator", "tracked"],
  ["https://brand.com/product?REF=creator", "tracked"],
  ["https://brand.com/product?coupon=SAVE", "tracked"],
  ["https://brand.com/product?x=1#utm_source=ig", null],
  ["https://brand.com/product#?utm_source=ig", null],
  ["http://click.dji.com/APXmlSW9?pm=link", "tracked"],
  ["https://click.dji.com/", null],
  ["https://track.brand.com/x", "tracked"],
  ["https://TRACKING.brand.co.uk/x", "tracked"],
  ["https://trk.example.org/?x=1", "tracked"],
  ["https://clk.example.org/a", "tracked"],
  ["https://clicks.example.org/a", "tracked"],
  ["https://clickbank.example.org/a", null],
  ["https://apps.apple.com/app/id1?at=1000l", "affiliate"],
  ["https://www.booking.com/hotel?aid=123", "affiliate"],
  ["https://www.ebay.com/itm/1?campid=5", "affiliate"],
  ["https://www.flipkart.com/p?affid=abc", "affiliate"],
  ["https://www.banggood.com/x?p=AB12", "affiliate"],
  ["https://www.nike.com/x?p=1", null],
  ["https://aliexpress.com/item/1.html?aff_platform=link", "affiliate"],
  ["https://shop.com/x?irclickid=abc", "affiliate"],
  ["https://shop.com/x?affiliate=me", "affiliate"],
  ["https://shop.com/x?aff=me", "affiliate"],
  ["https://shop.com/x?ta%67=1", null],
  ["https://shop.com/x?%61ff=1", "affiliate"],
  ["https://linktr.ee/someone", null],
  ["https://bit.ly/3xyz", null],
  ["https://www.instagram.com/p/abc/?igshid=123", null],
  ["https://youtu.be/abc?si=xyz", null],
  ["https://www.nike.com", null],
  ["WWW.NIKE.COM/Air", null],
  ["nike.com:8080/x?utm_medium=social", "tracked"],
  ["nike.com:99999/x?utm_medium=social", null],
  ["nike.com:abc/x?utm_medium=social", null],
  ["https://nike.com./x?ref=1", "tracked"],
  ["https://user@nike.com/x?ref=1", "tracked"],
  ["https://@nike.com/x?ref=1", "tracked"],
  ["https://a@b@amzn.to/x", "affiliate"],
  ["mailto:someone@amzn.to", null],
  ["//amzn.to/x", "affiliate"],
  ["https:///amzn.to/x", "affiliate"],
  ["https:amzn.to/x", null],
  ["ftp://amzn.to/x", "affiliate"],
  ["foo://amzn.to/x", "affiliate"],
  ["javascript://amzn.to/%0Aalert(1)", "affiliate"],
  ["http://", null],
  ["https://", null],
  ["not a url", null],
  [" https://amzn.to/x", null],
  ["https://amzn.to/x ", "affiliate"],
  ["https://am zn.to/x", null],
  ["", null],
  ["?tag=1", null],
  ["#x", null],
  ["https://127.0.0.1/x?ref=1", "tracked"],
  ["https://0x7f.1/x?ref=1", "tracked"],
  ["https://[::1]/x?ref=1", "tracked"],
  ["https://xn--nke-ppa.com/x?ref=1", "tracked"],
  ["https://bücher.de/x?ref=1", "tracked"],
  ["https://ＡＭＺＮ.to/x", "affiliate"],
  ["https://amzn.to。/x", null],
  ["https://ni%6Be.com/x?ref=1", "tracked"],
  ["https://am%7Azn.to/x", null],
  ["https://www.amazon.com/dp/1?lin\u212Acode=1", "affiliate"],
  ["https://brand.com/café?utm_source=ig", "tracked"],
  ["https://brand.com/x?é=1&ref=2", "tracked"],
];

describe('classifyLink', () => {
  it.each(PINNED)('classifies %j as %s', (url, kind) => {
    expect(classifyLink(url)).toBe(kind);
  });

  it('gives the same verdicts a second time, from the memoised host facts', () => {
    for (const [url, kind] of PINNED) expect([url, classifyLink(url)]).toEqual([url, kind]);
  });
});

describe('linkParts', () => {
  // Plain links are cut by hand; whatever the cut reads must be what URL reads, for the links it takes and
  // for those it hands on (schemes, cases, www, letter and number labels, dot segments, empty and odd queries).
  const schemes = ['', 'http://', 'https://', 'HTTPS://', 'ftp://'];
  const hosts = ['amzn.to', 'WWW.Brand.co.uk', 'a-b.example.org', 'www.x1.com', 'xn--nke-ppa.com', 'shop.XN--P1AI', '1.2.3.4', 'brand.123', 'brand.0x1f', 'sub.-x-.com', 'brand.c0m', 'www.'];
  const paths = ['', '/', '/p/123', '/P/Abc.html', '/./x', '/a/../b', '/.well-known/x', '//x', '/~u/x_y-z', '/shop/', '/a%2eb'];
  const queries = ['', '?', '?a=1', '?A=1&&b', '?=x', '?a==b&c', '?utm_source=ig&ref=x.y~z', '?a+b=1', '?a=%20', '#f', '?x=1#f'];
  const links = [...PINNED.map(([url]) => url)];
  for (const scheme of schemes) for (const host of hosts) for (const path of paths) for (const query of queries) links.push(`${scheme}${host}${path}${query}`);

  it(`reads ${links.length} links as URL does`, () => {
    const differing = links.filter((url) => JSON.stringify(linkParts(url)) !== JSON.stringify(linkPartsByUrl(url)));
    expect(differing).toEqual([]);
  });

  it('reads by hand exactly the links PLAIN_LINK describes, less dot segments and punycode hosts', () => {
    const odd = ['HTTP://A.B', 'http:/a.com', 'https://a.com.', 'https://.a.com', 'a..b.com', 'a.b-', 'a.1b', 'a.b/?', 'a.b?/x', 'a.b/x#y', 'a.b/ü', 'ü.com', 'https://', 'http://x', 'a.b/./c', 'a.b/x?a=/'];
    const expected = (url: string) => PLAIN_LINK.test(url) && !url.includes('/.') && !/(?:^|\.)xn--/i.test(/^(?:https?:\/\/)?([^/?]*)/i.exec(url)?.[1] ?? '');
    const differing = [...links, ...odd].filter((url) => readsAsPlainLink(url) !== expected(url));
    expect(differing).toEqual([]);
  });

  it('gives the host of a plain link just read as tldts reads it (the brand matcher takes it from there)', () => {
    const hostAfterReading = (url: string) => {
      linkParts(url);
      return plainLinkHost(url);
    };
    const plain = links.filter((url) => hostAfterReading(url) !== null);
    // Most of these are plain links: the comparison is not of a handful.
    expect(plain.length).toBeGreaterThan(1000);
    const differing = plain.filter((url) => hostAfterReading(url) !== getHostname(url)?.replace(/^www\./, ''));
    expect(differing).toEqual([]);
    // A link not read lately is left to tldts (the caller's own way), whatever it is.
    expect(plainLinkHost('https://never-read-before.example/x')).toBeNull();
  });

  it('reads the host, path and parameter names of a caption link', () => {
    expect(linkParts('https://www.Brand.com/P/123?utm_source=IG&ref=x')).toEqual({ host: 'brand.com', path: '/p/123', bare: false, params: ['utm_source', 'ref'] });
    expect(linkParts('amzn.to')).toEqual({ host: 'amzn.to', path: '/', bare: true, params: [] });
  });
});
