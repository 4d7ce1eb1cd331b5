// Small hand-written contract set shared by the engine tests (structure of PRODUCT.md's example).
import { ExchangeV1Schema, type ExchangeV1Input } from '@/lib/schema/contracts';
import type { PostSnapshot } from '@/lib/schema/post';

export const EXCHANGE: ExchangeV1Input = {
  version: 1,
  brands: [
    { id: 'mcdonalds', name: "McDonald's", aliases: ['McDo'], handles: { instagram: ['mcdonalds'], tiktok: ['mcdonalds_es'] }, domains: ['mcdonalds.com'], categories: ['fast-food'], parentId: null },
    { id: 'mccafe', name: 'McCafé', handles: { instagram: ['mccafe'] }, categories: ['coffee'], parentId: 'mcdonalds' },
    { id: 'rbi', name: 'Restaurant Brands International', categories: [] },
    { id: 'burger-king', name: 'Burger King', aliases: ['BK'], handles: { instagram: ['burgerking'], tiktok: ['burgerking_es'], youtube: ['@BurgerKing'] }, domains: ['bk.com', 'burgerking.es'], categories: ['fast-food'], parentId: 'rbi' },
    { id: 'popeyes', name: 'Popeyes', handles: { tiktok: ['popeyes'] }, categories: [], parentId: 'rbi' },
    { id: 'kfc', name: 'KFC', handles: { tiktok: ['kfc_es'] }, categories: ['fast-food'] },
    { id: 'dominos', name: 'Dominos', handles: {}, categories: ['fast-food'] },
    { id: 'telepizza', name: 'Telepizza', handles: { tiktok: ['telepizza'] }, categories: ['fast-food'] },
    { id: 'adidas', name: 'Adidas', handles: { instagram: ['adidas'] }, domains: ['adidas.com'], categories: ['sportswear'] },
    { id: 'nike', name: 'Nike', handles: { instagram: ['nike'] }, domains: ['nike.com'], categories: ['sportswear'] },
    { id: 'apple', name: 'Apple', domains: ['apple.com'], categories: ['electronics'] },
  ],
  creators: [
    { id: 'illojuan', name: 'IlloJuan', handles: { tiktok: ['illojuan'], instagram: ['illojuan'], youtube: ['@illojuan'] } },
    { id: 'runner', name: 'Runner', handles: { instagram: ['runner.jo'] } },
  ],
  contracts: [
    {
      id: 'c-001', creatorId: 'illojuan', brandId: 'mcdonalds', start: '2025-11-01', end: '2026-01-31',
      clauses: [{ kind: 'category', categories: ['fast-food'], competitorIds: [], platforms: [], coverage: 'paid', preDays: 0, postDays: 30, exceptions: ['telepizza'] }],
    },
    {
      id: 'c-002', creatorId: 'runner', brandId: 'adidas', start: '2025-06-01', end: '2025-12-31',
      clauses: [
        { kind: 'competitors', competitorIds: ['nike'], platforms: ['instagram'], coverage: 'any', preDays: 10, postDays: 0 },
      ],
    },
  ],
};

export const DATA = ExchangeV1Schema.parse(EXCHANGE);

export function snapshot(text: string, extra: Partial<PostSnapshot> = {}): PostSnapshot {
  return {
    platform: 'tiktok', kind: 'video', url: null, authors: ['illojuan'], publishedAt: '2025-12-01T10:00:00.000Z',
    text, hashtags: [], mentions: [], links: [], label: null, ...extra,
  };
}

export const NOW = new Date('2025-12-05T12:00:00.000Z');
