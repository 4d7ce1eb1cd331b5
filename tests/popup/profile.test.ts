import { describe, expect, it } from 'vitest';
import { addDays, competitorSponsorships, creatorCard, creatorsWithHandle, profileHandle, timelineGeometry } from '@/lib/popup/profile';
import type { Contract } from '@/lib/schema/contracts';
import type { TabFindings } from '@/lib/schema/messages';
import { analyseDraft, sampleContracts } from '../draft/demo-engine';

const brands = new Map(sampleContracts.brands.map((b) => [b.id, b]));
const marta = sampleContracts.creators.find((c) => c.id === 'marta-runs')!;

describe('profileHandle', () => {
  it('reads the handle from profile and channel URLs', () => {
    expect(profileHandle({ platform: 'instagram', kind: 'profile', url: 'https://www.instagram.com/Marta.Runs/' })).toBe('marta.runs');
    expect(profileHandle({ platform: 'tiktok', kind: 'profile', url: 'https://www.tiktok.com/@MartaRuns?lang=en' })).toBe('martaruns');
    expect(profileHandle({ platform: 'youtube', kind: 'channel', url: 'https://www.youtube.com/@MartaRuns/videos' })).toBe('martaruns');
    expect(profileHandle({ platform: 'youtube', kind: 'channel', url: 'https://www.youtube.com/c/MartaRuns' })).toBe('c/martaruns');
    expect(profileHandle({ platform: 'instagram', kind: 'feed', url: 'https://www.instagram.com/' })).toBeNull();
  });

  it('matches creators by that platform\u2019s handles, ignoring "@" and case', () => {
    expect(creatorsWithHandle(sampleContracts.creators, 'youtube', 'MARTARUNS').map((c) => c.id)).toEqual(['marta-runs']);
    expect(creatorsWithHandle(sampleContracts.creators, 'instagram', 'martaruns')).toEqual([]);
  });
});

describe('creatorCard', () => {
  it('lists the active clause with its window and when each category is free', () => {
    const card = creatorCard(marta, sampleContracts.contracts, brands, '2026-11-28');
    expect(card.windows).toHaveLength(1);
    expect(card.windows[0]).toMatchObject({
      contractId: 'c-002',
      brandName: 'Nike',
      scope: 'named competitors: Adidas, Puma',
      platforms: ['instagram', 'tiktok'],
      lockedFrom: '2025-12-18',
      lockedTo: '2027-03-01',
      phase: 'contract',
    });
    // A competitors clause locks no category.
    expect(card.freeFrom).toEqual([]);
  });

  it('takes the latest end plus post-days plus one over active clauses, per category', () => {
    const contracts: Contract[] = [
      ...sampleContracts.contracts.filter((c) => c.creatorId === 'illojuan'),
      { id: 'c-009', creatorId: 'illojuan', brandId: 'kfc', start: '2026-10-01', end: '2027-01-10',
        clauses: [{ kind: 'category', categories: ['fast-food', 'chicken'], competitorIds: [], platforms: [], coverage: 'paid', preDays: 0, postDays: 45, exceptions: [] }] },
      { id: 'c-010', creatorId: 'illojuan', brandId: 'nike', start: '2027-05-01', end: '2027-06-01',
        clauses: [{ kind: 'category', categories: ['sportswear'], competitorIds: [], platforms: [], coverage: 'paid', preDays: 0, postDays: 0, exceptions: [] }] },
    ];
    const illo = sampleContracts.creators.find((c) => c.id === 'illojuan')!;
    const card = creatorCard(illo, contracts, brands, '2026-11-28');
    // c-001 ends 2026-12-31 + 30 = 2027-01-30; c-009 ends 2027-01-10 + 45 = 2027-02-24 → free 2027-02-25.
    expect(card.freeFrom).toEqual([
      { category: 'chicken', date: '2027-02-25', contractIds: ['c-009'] },
      { category: 'fast-food', date: '2027-02-25', contractIds: ['c-001', 'c-009'] },
    ]);
    expect(card.windows.map((w) => [w.contractId, w.phase])).toEqual([['c-001', 'contract'], ['c-009', 'contract'], ['c-010', 'upcoming']]);
    expect(card.windows[0]?.scope).toBe('category fast-food; also Burger King, KFC');
  });

  it('leaves out clauses whose post-days are over', () => {
    expect(creatorCard(marta, sampleContracts.contracts, brands, addDays('2027-03-01', 1)).windows).toEqual([]);
    expect(creatorCard(marta, sampleContracts.contracts, brands, '2027-02-10').windows[0]?.phase).toBe('post');
  });

  it('places pre-days, contract and post-days in order on the timeline', () => {
    const card = creatorCard(marta, sampleContracts.contracts, brands, '2026-11-28');
    const g = timelineGeometry(card.windows[0]!, card.range, card.today);
    expect(g.pre.left).toBe(0);
    expect(g.pre.left + g.pre.width).toBeCloseTo(g.contract.left, 5);
    expect(g.contract.left + g.contract.width).toBeCloseTo(g.post.left, 5);
    expect(g.post.left + g.post.width).toBeCloseTo(100, 5);
    expect(g.today).toBeGreaterThan(g.contract.left);
    expect(g.today).toBeLessThan(g.post.left);
  });
});

describe('competitorSponsorships', () => {
  it('lists competitor verdicts newest first and leaves out own-brand warnings', () => {
    const older = analyseDraft({ caption: '#ad new @puma spikes', plannedDate: '2026-03-01' });
    const newer = analyseDraft({ caption: '#ad loving my new @adidas runners', plannedDate: '2026-09-01' });
    const own = analyseDraft({ caption: 'My @nike shoes, code MARTA10 for 10% off', plannedDate: '2026-10-01' });
    expect(own.verdicts.map((v) => v.rule.split(':')[0])).toEqual(['own-brand-undisclosed']);
    const findings: TabFindings['findings'] = [
      { key: 'old', level: 'conflict', result: older },
      { key: 'own', level: 'warning', result: own },
      { key: 'new', level: 'conflict', result: newer },
    ];
    expect(competitorSponsorships(findings).map((s) => [s.key, s.brand])).toEqual([['new', 'Adidas'], ['old', 'Puma']]);
  });
});
