import type { ExchangeV1Input } from '@/lib/schema/contracts';

/** A small valid exchange file; tests break one thing in a copy of it. */
export function sampleExchange(): ExchangeV1Input & Required<Pick<ExchangeV1Input, 'brands' | 'creators' | 'contracts'>> {
  return {
    version: 1,
    brands: [
      { id: 'rbi', name: 'Restaurant Brands International' },
      { id: 'burger-king', name: 'Burger King', aliases: ['BK'], handles: { instagram: ['burgerking'] }, domains: ['bk.com'], categories: ['fast-food'], parentId: 'rbi' },
      { id: 'mcdonalds', name: "McDonald's", categories: ['fast-food'] },
      { id: 'kfc', name: 'KFC', categories: ['fast-food'] },
    ],
    creators: [{ id: 'illojuan', name: 'IlloJuan', handles: { tiktok: ['illojuan'], youtube: ['@illojuan'] } }],
    contracts: [
      {
        id: 'c-001',
        creatorId: 'illojuan',
        brandId: 'mcdonalds',
        start: '2025-11-01',
        end: '2026-01-31',
        clauses: [
          { kind: 'category', categories: ['fast-food'], competitorIds: ['burger-king', 'kfc'], postDays: 30 },
        ],
      },
    ],
  };
}

export const json = (value: unknown) => JSON.stringify(value, null, 2);
