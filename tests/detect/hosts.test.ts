import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { hostInfo, hostInfoByTldts, wrappedDestination } from '@/lib/detect/hosts';
import { loadCatalogueFile } from '@/lib/brands/load-node';
import { brandDomainOf } from '@/lib/detect/brand-index';

describe('hostInfo', () => {
  it.each([
    ['nike.com', 'nike.com', 'nike'],
    ['nike.co.uk', 'nike.co.uk', 'nike'],
    ['www.nike.co.uk', 'nike.co.uk', 'nike'],
    ['shop.nike.co.uk', 'nike.co.uk', 'nike'],
    ['amzn.to', 'amzn.to', 'amzn'],
    ['localhost', null, null],
    ['127.0.0.1', null, null],
    ['', null, null],
  ])('knows the registrable domain of %j', (host, domain, domainWithoutSuffix) => {
    expect(hostInfo(host)).toEqual({ host, domain, domainWithoutSuffix });
  });

  it('reads a name under .com, .net or .org as tldts does, for every domain of the catalogue and the odd ones', () => {
    const catalogue = loadCatalogueFile(resolve(import.meta.dirname, '../../public/brand-catalogue.json'));
    const odd = ['uk.com', 'blogspot.com', 'herokuapp.com', 'gb.net', 'za.org', 'co.com', 'com.com', 'a--b.com', '-x.com', 'x-.com', '9.org',
      `${'a'.repeat(63)}.com`, `${'a'.repeat(64)}.com`, 'a_b.com', 'x.com.', '.com', 'com', 'shop.nike.com', 'nike.co.uk', 'amzn.to', 'xn--p1ai.com'];
    const hosts = [...new Set([...catalogue.brands.flatMap((b) => b.domains ?? []), ...odd])];
    const generic = hosts.filter((h) => /^[^.]+\.(?:com|net|org)$/.test(h));
    // Most of the catalogue's domains take the shortcut: the comparison is not only of other hosts.
    expect(generic.length).toBeGreaterThan(3000);
    for (const host of hosts) expect({ ...hostInfo(host) }).toEqual(hostInfoByTldts(host));
  });

  it('memoises per host, and keeps giving right answers past its bound', () => {
    expect(hostInfo('nike.com')).toBe(hostInfo('nike.com'));
    for (let i = 0; i < 25_000; i++) hostInfo(`h${i}.example.com`);
    expect(hostInfo('h24999.example.com')).toEqual({ host: 'h24999.example.com', domain: 'example.com', domainWithoutSuffix: 'example' });
    expect(hostInfo('shop.nike.co.uk').domain).toBe('nike.co.uk');
  });
});

describe('brandDomainOf', () => {
  it.each([
    ['https://www.adidas.com/shoes?utm_source=ig', 'adidas.com'],
    ['HTTPS://WWW.Nike.CO.UK/x', 'nike.co.uk'],
    ['shop.nike.co.uk', 'nike.co.uk'],
    ['https://amzn.to/3xYz', 'amazon.com'],
    ['www.youtu.be/abc', 'youtube.com'],
    ['http://localhost:3000/x', 'localhost'],
    ['https://user:pw@spoti.fi/x', 'spotify.com'],
    // Host names that are also names of Object.prototype members are plain hosts, not lookups there.
    ['http://constructor/x', 'constructor'],
    ['__proto__', '__proto__'],
    ['', null],
  ])('reads the brand domain of %j', (url, domain) => {
    expect(brandDomainOf(url)).toBe(domain);
  });

  it('gives the same answers past its memo bound', () => {
    for (let i = 0; i < 25_000; i++) brandDomainOf(`https://shop${i}.example.co.uk/p/${i}`);
    expect(brandDomainOf('https://shop24999.example.co.uk/p')).toBe('example.co.uk');
    expect(brandDomainOf('https://amzn.to/x')).toBe('amazon.com');
  });
});

describe('wrappedDestination', () => {
  it.each([
    ['https://go.skimresources.com/?id=123X&url=https%3A%2F%2Fwww.sephora.com%2Fproduct', 'skimresources.com', 'https://www.sephora.com/product'],
    ['https://click.linksynergy.com/deeplink?id=ab&mid=1&murl=https%3A%2F%2Fwww.macys.com%2Fshop', 'linksynergy.com', 'https://www.macys.com/shop'],
    ['https://www.awin1.com/cread.php?awinmid=1&awinaffid=2&ued=https%3A%2F%2Fwww.zalando.de', 'awin1.com', 'https://www.zalando.de'],
    ['https://lululemon.sjv.io/c/1/2/3?u=https%3A%2F%2Fshop.lululemon.com%2Fp%2F1', 'sjv.io', 'https://shop.lululemon.com/p/1'],
    ['https://prf.hn/click/camref:1101l/destination:https%3A%2F%2Fwww.apple.com%2Fshop', 'prf.hn', 'https://www.apple.com/shop'],
    ['go.skimresources.com/?url=https%3A%2F%2Fwww.sephora.com', 'skimresources.com', 'https://www.sephora.com'],
  ])('reads the shop inside %j', (url, domain, destination) => {
    expect(wrappedDestination(url, domain)).toBe(destination);
  });

  it('reads nothing in a link of another host, a wrapper without an address, or a broken one', () => {
    expect(wrappedDestination('https://www.sephora.com/?url=https%3A%2F%2Fnike.com', 'sephora.com')).toBeNull();
    expect(wrappedDestination('https://go.skimresources.com/?id=123', 'skimresources.com')).toBeNull();
    expect(wrappedDestination('https://prf.hn/click/destination:%E0%A4%A', 'prf.hn')).toBeNull();
    expect(wrappedDestination('https://[bad', 'skimresources.com')).toBeNull();
  });
});
