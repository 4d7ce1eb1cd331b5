/**
 * Our own Instagram-like pages for the browser tests and the page benchmark: the structure of the real
 * 2026 feed (bare <article> per post; header with the author link and a permalink around <time>; media;
 * action bar <section>; caption span[dir=auto] > div > span[dir=auto]) without any real content.
 */
import type { ExchangeV1Input } from '@/lib/schema/contracts';

export interface FixturePost {
  code: string;
  author: string;
  caption: string;
  /** ISO date; defaults to one inside the sample contract's window. */
  date?: string;
  /** The header's sub-title as HTML ("Paid partnership with <a href=…>brand</a>"), where the post has one. */
  labelHtml?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function instagramPostHtml(post: FixturePost, mediaHeight = 260): string {
  const date = post.date ?? '2025-12-01T10:00:00.000Z';
  return `<article>
  <div><div><span dir="auto"><a href="/${post.author}/">${escapeHtml(post.author)}</a></span>
    <span> • </span><a href="/p/${post.code}/"><time datetime="${date}">1d</time></a></div>${post.labelHtml ? `
    <div><span dir="auto">${post.labelHtml}</span></div>` : ''}</div>
  <div style="height:${mediaHeight}px;background:#d9d9d9"></div>
  <section><span role="button">Like</span> <span role="button">Comment</span></section>
  <div><span dir="auto"><div><span dir="auto">${escapeHtml(post.caption)}</span></div></span></div>
</article>`;
}

export function instagramFeedPage(posts: FixturePost[], options: { head?: string; tail?: string } = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Instagram</title>
<style>body{margin:0;font:14px sans-serif} main{width:470px;margin:0 auto} article{border-bottom:1px solid #ddd;padding:8px 0}</style>
${options.head ?? ''}</head><body><main id="feed">
${posts.map((p) => instagramPostHtml(p)).join('\n')}
</main>${options.tail ?? ''}</body></html>`;
}

/** Brands, the contracted creator and one contract whose clause makes Burger King a competitor. */
export function sampleContracts(): ExchangeV1Input {
  return {
    version: 1,
    brands: [
      { id: 'mcdonalds', name: "McDonald's", handles: { instagram: ['mcdonalds'] }, categories: ['fast-food'] },
      { id: 'burger-king', name: 'Burger King', handles: { instagram: ['burgerking'] }, categories: ['fast-food'] },
    ],
    creators: [{ id: 'illojuan', name: 'IlloJuan', handles: { instagram: ['illojuan'] } }],
    contracts: [
      {
        id: 'c-001',
        creatorId: 'illojuan',
        brandId: 'mcdonalds',
        start: '2025-11-01',
        end: '2026-01-31',
        clauses: [
          {
            kind: 'competitors',
            categories: [],
            competitorIds: ['burger-king'],
            platforms: [],
            coverage: 'paid',
            preDays: 0,
            postDays: 30,
            exceptions: [],
          },
        ],
      },
    ],
  };
}

/**
 * The sample contract plus enough filler to reach `clauses` clauses in total (5 per filler contract),
 * spread over many creators and brands, as a large agency's database would be.
 */
export function manyContracts(clauses: number): ExchangeV1Input {
  const base = sampleContracts();
  const brands = [...(base.brands ?? [])];
  const creators = [...(base.creators ?? [])];
  const contracts = [...(base.contracts ?? [])];
  const brandCount = 400;
  for (let b = 0; b < brandCount; b += 1) {
    brands.push({ id: `brand-${b}`, name: `Filler Brand ${b}`, handles: { instagram: [`fillerbrand${b}`] }, categories: [`cat-${b % 40}`] });
  }
  let total = 1;
  for (let c = 0; total < clauses; c += 1) {
    const creatorId = `creator-${c % 1500}`;
    if (c < 1500) creators.push({ id: creatorId, name: `Creator ${c}`, handles: { instagram: [`creator${c}`] } });
    const count = Math.min(5, clauses - total);
    contracts.push({
      id: `f-${c}`,
      creatorId,
      brandId: `brand-${c % brandCount}`,
      start: '2025-10-01',
      end: '2026-03-31',
      clauses: Array.from({ length: count }, (_, i) => ({
        kind: i % 2 === 0 ? ('category' as const) : ('competitors' as const),
        categories: i % 2 === 0 ? [`cat-${(c + i) % 40}`] : [],
        competitorIds: [`brand-${(c + i + 1) % brandCount}`],
        platforms: [],
        coverage: 'paid' as const,
        preDays: 0,
        postDays: 30,
        exceptions: [],
      })),
    });
    total += count;
  }
  return { version: 1, brands, creators, contracts };
}
