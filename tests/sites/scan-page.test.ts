import { describe, expect, it } from 'vitest';
import { scanPage } from '@/lib/cli/scan-page';
import { compileIndex } from '@/lib/engine';
import { ExchangeV1Schema } from '@/lib/schema/contracts';
import { PostResultSchema } from '@/lib/schema/post';
import { fixtureHtml } from './load-page';

const VIDEO = 'https://www.tiktok.com/@nordicrunner/video/7571863223681142037';
const NOW = new Date('2025-12-01T00:00:00Z');

/** Nordic Runner is exclusive to Fastfeet; Trailbrand is a named competitor. */
const contracts = ExchangeV1Schema.parse({
  version: 1,
  brands: [
    { id: 'fastfeet', name: 'Fastfeet', handles: { tiktok: ['fastfeet'] } },
    { id: 'trailbrand', name: 'Trailbrand', handles: { tiktok: ['trailbrand'], instagram: ['trailbrand'] } },
  ],
  creators: [{ id: 'nordic', name: 'Nordic Runner', handles: { tiktok: ['nordicrunner'], instagram: ['nordicrunner'] } }],
  contracts: [
    {
      id: 'c-1',
      creatorId: 'nordic',
      brandId: 'fastfeet',
      start: '2025-09-01',
      end: '2026-08-31',
      clauses: [{ kind: 'competitors', competitorIds: ['trailbrand'], coverage: 'paid' }],
    },
  ],
});
const index = compileIndex(contracts);

describe('scanPage (command line page mode)', () => {
  it('runs the adapters and the engine over a saved page and flags the sponsored competitor post', () => {
    const result = scanPage(fixtureHtml('tiktok/video.html'), VIDEO, index, NOW);
    expect(result.page).toEqual({ platform: 'tiktok', kind: 'video', url: VIDEO });
    expect(result.posts).toHaveLength(2);
    for (const post of result.posts) expect(PostResultSchema.safeParse(post).success).toBe(true);
    const [sponsored, other] = result.posts;
    expect(sponsored?.label?.text).toBe('Paid partnership');
    expect(sponsored?.verdicts.some((v) => v.level === 'conflict' && v.contractId === 'c-1' && v.brandId === 'trailbrand')).toBe(true);
    expect(other?.verdicts).toEqual([]);
  });

  it('never runs the saved page’s scripts', () => {
    const html = fixtureHtml('instagram/feed.html').replace(
      '</body>',
      '<script>document.querySelectorAll("article").forEach(function (a) { a.remove(); });</script></body>',
    );
    const result = scanPage(html, 'https://www.instagram.com/', index, NOW);
    expect(result.posts).toHaveLength(4);
  });

  it('reports the diagnostics of the page', () => {
    const result = scanPage('<html><body><main></main></body></html>', 'https://www.instagram.com/nordicrunner/', index, NOW);
    expect(result.posts).toEqual([]);
    expect(result.diagnostics).toContain("no posts found on an Instagram profile page: the site's markup may have changed");
  });

  it('refuses a missing or unsupported address with a one-line reason', () => {
    expect(() => scanPage('<html></html>', '', index, NOW)).toThrow(/needs --url/);
    expect(() => scanPage('<html></html>', 'https://example.com/page', index, NOW)).toThrow(/not an Instagram, TikTok or YouTube address/);
  });
});
