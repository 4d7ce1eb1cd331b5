import { describe, expect, it } from 'vitest';
import { hostInfo } from '@/lib/detect/hosts';
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
