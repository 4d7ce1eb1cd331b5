/**
 * Small datasets shaped like name-suggestion-index, its Wikidata file and simple-icons, written for
 * the catalogue tests so that they never depend on the full packages.
 */
import type { CatalogueSources } from '@/lib/brands/build/assemble';
import type { NsiItem } from '@/lib/brands/build/dataset-types';

const WORLDWIDE = { include: ['001'] };

function item(name: string, tags: Record<string, string>, extra: Partial<NsiItem> = {}): NsiItem {
  return {
    id: `${name.toLowerCase().replace(/[^a-z0-9]/g, '')}-test`,
    displayName: name,
    locationSet: WORLDWIDE,
    tags: { brand: name, name, ...tags },
    ...extra,
  };
}

export function syntheticSources(): CatalogueSources {
  return {
    nsi: {
      _meta: { version: 'test' },
      nsi: {
        'brands/shop/clothes': {
          properties: { path: 'brands/shop/clothes', exclude: { generic: ['^(clothes|fashion|outlet)$'] } },
          items: [
            item('Nike', { 'brand:wikidata': 'Q483915', shop: 'clothes' }, { matchNames: ['nike well collective'] }),
            item('Nike Factory Store', { brand: 'Nike Factory Store', 'brand:wikidata': 'Q483915', shop: 'clothes' }),
            item('Gap', { 'brand:wikidata': 'Q420822', shop: 'clothes' }, { matchNames: ['the gap', 'outlet'] }),
            // No Wikidata id: grouped by name, id taken from the NSI item.
            item('Kiabi', { shop: 'clothes' }, { id: 'kiabi-3937bd' }),
            // A name NSI calls generic for this category is no brand.
            item('Fashion', { shop: 'clothes' }),
          ],
        },
        'brands/shop/trade': {
          items: [item('Gap', { 'brand:wikidata': 'Q125624088', shop: 'trade' }, { locationSet: { include: ['gb'] } })],
        },
        'brands/shop/bookmaker': {
          items: [item('Niké', { 'brand:wikidata': 'Q12772537', shop: 'bookmaker' }, { locationSet: { include: ['sk'] } })],
        },
        'brands/amenity/fast_food': {
          items: [
            item('Burger King', { 'brand:wikidata': 'Q177054', 'brand:ja': 'バーガーキング', amenity: 'fast_food' }, { matchNames: ['bk'] }),
            // NSI's disambiguated display name, and an alt_name that is an ordinary word.
            item('Burger King (France)', { brand: 'Burger King', alt_name: 'Home;Burger King France', 'brand:wikidata': 'Q177054', amenity: 'fast_food' }),
            item('Subway', { 'brand:wikidata': 'Q244457', amenity: 'fast_food' }),
            // "shell" is an old name of some stations, not an alias of this fast-food chain: it is another brand's name.
            item('Snack Shack', { 'brand:wikidata': 'Q900001', amenity: 'fast_food' }, { matchNames: ['shell'] }),
            item('Old Burger', { 'brand:wikidata': 'Q900002', amenity: 'fast_food' }),
          ],
        },
        'brands/amenity/fuel': {
          items: [
            item('Shell', { 'brand:wikidata': 'Q110716465', amenity: 'fuel' }),
            item('BP', { 'brand:wikidata': 'Q152057', amenity: 'fuel' }),
          ],
        },
        'brands/shop/supermarket': {
          items: [item('Ярче!', { 'brand:wikidata': 'Q900006', shop: 'supermarket' }, { locationSet: { include: ['ru'] } })],
        },
        'brands/shop/jewelry': {
          items: [item('Pandora', { 'brand:wikidata': 'Q2241604', shop: 'jewelry' })],
        },
        'brands/office/political_party': {
          items: [item('Party of Tomorrow', { 'brand:wikidata': 'Q900005', office: 'political_party' })],
        },
        'operators/amenity/bank': {
          items: [item('City Savings Operator', { 'operator:wikidata': 'Q900003', amenity: 'bank' })],
        },
        'transit/route/bus': {
          items: [item('Metro Bus', { 'network:wikidata': 'Q900004', route: 'bus' })],
        },
      },
    },
    wikidata: {
      wikidata: {
        Q483915: {
          label: 'Nike',
          identities: {
            instagram: 'nike',
            tiktok: '@nike',
            youtube: 'UCUFgkRb0ZHc4Rpq15VRCICA',
            youtubeHandle: 'nike',
            website: 'https://www.nike.com/',
          },
          officialWebsites: ['https://www.nike.com/', 'https://store.nike.com.cn/shop', 'https://www.facebook.com/nike'],
        },
        Q420822: { label: 'Gap Inc.', identities: { instagram: 'gap' }, officialWebsites: ['https://www.gap.com/', 'https://www.gapinc.com'] },
        Q125624088: { label: 'Gap Ltd', identities: { instagram: 'gapltd' }, officialWebsites: ['https://gap.uk.com'] },
        Q900006: { label: 'Yarche', officialWebsites: ['https://ярче.рф/'] },
        Q12772537: { label: 'Niké', officialWebsites: ['https://www.nike.sk'] },
        Q900002: { label: 'Old Burger', dissolutions: [{ date: '2020-01-01' }], officialWebsites: ['https://oldburger.example.com'] },
      },
    },
    genericWords: ['^(shops?|stores?)$'],
    simpleIcons: [
      { title: 'Nike', slug: 'nike', source: 'https://www.nike.com/', aliases: { aka: ['Nike Inc.'] } },
      { title: 'NordVPN', slug: 'nordvpn', source: 'https://nordvpn.com/press-area/' },
      { title: 'Figma', slug: 'figma', source: 'https://github.com/figma/brand/logo.svg' },
    ],
    lexicon: new Set(['gap', 'subway', 'shell', 'the', 'store', 'home']),
    versions: { 'name-suggestion-index': 'test' },
  };
}
