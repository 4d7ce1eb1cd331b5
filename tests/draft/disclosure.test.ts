import { describe, expect, it } from 'vitest';
import { assessDisclosure, FOLD_CHARS } from '@/lib/draft/disclosure';
import { draftProblems, draftSnapshot } from '@/lib/draft/snapshot';
import { analyseDraft } from './demo-engine';

const NIKE = new Set(['nike']);
const padding = (n: number) => 'Long run along the river this morning, legs felt great and the weather was perfect. '.repeat(4).slice(0, n);

describe('assessDisclosure', () => {
  it('accepts #ad at the start of the caption', () => {
    const a = assessDisclosure(analyseDraft({ caption: '#ad Training in my new @nike shoes, code MARTA10' }), NIKE);
    expect(a.adequate).toBe(true);
    expect(a.strong.map((p) => [p.marker.text, p.beforeFold])).toEqual([['#ad', true]]);
    expect(a.problems).toEqual([]);
  });

  it('flags #ad hidden behind the Instagram "more" fold', () => {
    const caption = `${padding(FOLD_CHARS.instagram + 10)} #ad`;
    const a = assessDisclosure(analyseDraft({ caption }), NIKE);
    expect(a.adequate).toBe(false);
    expect(a.problems.map((p) => p.kind)).toContain('after-fold');
    expect(a.problems[0]?.message).toContain('first 125 characters');
  });

  it('uses a shorter fold on TikTok than on Instagram', () => {
    const caption = `${padding(110)} #ad`;
    expect(assessDisclosure(analyseDraft({ caption, platform: 'instagram' })).adequate).toBe(true);
    expect(assessDisclosure(analyseDraft({ caption, platform: 'tiktok', handle: 'martaruns' })).adequate).toBe(false);
  });

  it('counts the platform label as adequate wherever the caption puts things', () => {
    const a = assessDisclosure(analyseDraft({ caption: `${padding(200)} with @nike`, withPlatformLabel: true }), NIKE);
    expect(a.adequate).toBe(true);
    expect(a.strong[0]?.marker.kind).toBe('label');
  });

  it('calls weak markers alone inadequate', () => {
    const a = assessDisclosure(analyseDraft({ caption: '#gifted new running kit, thanks for the PR package' }));
    expect(a.weak.length).toBeGreaterThan(0);
    expect(a.adequate).toBe(false);
    expect(a.problems.map((p) => p.kind)).toEqual(['weak-only']);
  });

  it('flags a negation such as "not sponsored"', () => {
    const a = assessDisclosure(analyseDraft({ caption: 'Not sponsored, I just love these @nike shoes' }));
    expect(a.negations.map((m) => m.text.toLowerCase())).toEqual([expect.stringContaining('not sponsored')]);
    expect(a.problems.map((p) => p.kind)).toContain('negation');
  });

  it('flags the contracted brand with a discount code and no adequate disclosure', () => {
    const result = analyseDraft({ caption: 'My favourite @nike shoes, use code MARTA10 for 10% off' });
    const a = assessDisclosure(result, NIKE);
    expect(a.commercialSignals).toBe(true);
    const own = a.problems.find((p) => p.kind === 'own-brand-undisclosed');
    expect(own?.message).toContain('Nike');
    // Not the contracted brand: no own-brand flag, only the missing disclosure.
    expect(assessDisclosure(result, new Set(['adidas'])).problems.map((p) => p.kind)).toEqual(['no-disclosure']);
  });

  it('asks for nothing when the caption has no sponsorship signals', () => {
    const a = assessDisclosure(analyseDraft({ caption: 'Sunday long run, 21 km in the rain' }));
    expect(a.sponsoredSignals).toBe(false);
    expect(a.problems).toEqual([]);
  });
});

describe('draft snapshot', () => {
  it('is a post without URL by the typed handle on the planned day', () => {
    const s = draftSnapshot({ caption: 'hi', platform: 'youtube', handle: '@MartaRuns', plannedDate: '2026-07-04', withPlatformLabel: false });
    expect(s).toMatchObject({ url: null, authors: ['martaruns'], publishedAt: '2026-07-04T12:00:00.000Z', label: null });
  });

  it('names each missing field', () => {
    expect(draftProblems({ caption: ' ', platform: 'instagram', handle: '@', plannedDate: '2026-02-30', withPlatformLabel: false })).toEqual({
      caption: expect.any(String),
      handle: expect.any(String),
      plannedDate: expect.any(String),
    });
  });

  it('finds the clauses a draft would breach with the same engine as the pages', () => {
    const during = analyseDraft({ caption: '#ad loving my new @adidas runners', plannedDate: '2026-06-01' });
    expect(during.verdicts.map((v) => [v.level, v.contractId, v.brandId])).toEqual([['conflict', 'c-002', 'adidas']]);
    // 60 post-days after the end of 2026: free again from 2027-03-02.
    const after = analyseDraft({ caption: '#ad loving my new @adidas runners', plannedDate: '2027-03-02' });
    expect(after.verdicts).toEqual([]);
  });
});
