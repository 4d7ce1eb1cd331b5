import { describe, expect, it } from 'vitest';
import { hostInfo } from '@/lib/detect/hosts';

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
