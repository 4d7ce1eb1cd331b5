import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PopupView } from '@/components/popup/PopupView';
import type { TabFindings } from '@/lib/schema/messages';
import type { PostResult } from '@/lib/schema/post';

const stats = { creators: 2, brands: 5, contracts: 1, clauses: 3 };

function result(overrides: Partial<PostResult> = {}): PostResult {
  return {
    platform: 'instagram',
    kind: 'post',
    url: 'https://www.instagram.com/p/abc/',
    authors: ['illojuan'],
    publishedAt: '2025-12-01T10:00:00.000Z',
    text: 'Lunch with @burgerking #ad',
    hashtags: ['ad'],
    mentions: ['burgerking'],
    links: [],
    label: null,
    markers: [{ kind: 'ad', text: '#ad', start: 23, end: 26 }],
    commercial: { codes: [], links: [] },
    brands: [{ brandId: 'burger-king', name: 'Burger King', via: 'handle', text: '@burgerking', start: 11, end: 22, confidence: 0.98 }],
    verdicts: [
      {
        level: 'conflict',
        contractId: 'c-001',
        clause: 0,
        brandId: 'burger-king',
        rule: 'competitor mentioned in a sponsored post',
        evidence: [{ kind: 'brand', text: '@burgerking (handle)' }],
      },
    ],
    ...overrides,
  };
}

const findings: TabFindings = {
  ok: true,
  page: { platform: 'instagram', kind: 'feed', url: 'https://www.instagram.com/' },
  scanned: 12,
  findings: [{ key: 'p1', level: 'conflict', result: result() }],
  diagnostics: [],
};

describe('PopupView', () => {
  it('shows what is stored', () => {
    render(<PopupView stats={stats} tab={{ status: 'unsupported' }} onFocusPost={vi.fn()} onOpenOptions={vi.fn()} />);
    expect(screen.getByTestId('stored-counts').textContent).toBe('2 creators · 5 brands · 1 contract (3 clauses)');
    expect(screen.getByText(/Open Instagram, TikTok or YouTube/)).toBeTruthy();
  });

  it('invites an import when there are no contracts', () => {
    render(
      <PopupView
        stats={{ creators: 0, brands: 0, contracts: 0, clauses: 0 }}
        tab={{ status: 'unsupported' }}
        onFocusPost={vi.fn()}
        onOpenOptions={vi.fn()}
      />,
    );
    expect(screen.getByText(/No contracts yet/)).toBeTruthy();
  });

  it("lists the tab's conflicts with brand, contract and rule, and jumps to the post", async () => {
    const onFocusPost = vi.fn();
    render(<PopupView stats={stats} tab={{ status: 'scanned', findings }} onFocusPost={onFocusPost} onOpenOptions={vi.fn()} />);
    expect(screen.getByTestId('tab-summary').textContent).toBe('Instagram feed: 12 posts scanned, 1 conflict, 0 warnings');
    const list = screen.getByRole('list', { name: 'Conflicts and warnings' });
    expect(list.textContent).toContain('@illojuan');
    expect(list.textContent).toContain('Burger King');
    expect(list.textContent).toContain('contract c-001, clause 1');
    await userEvent.click(screen.getByRole('button', { name: 'Show in page' }));
    expect(onFocusPost).toHaveBeenCalledWith('p1');
  });

  it('says so when the site markup changed and nothing was found', () => {
    const broken: TabFindings = {
      ...findings,
      scanned: 0,
      findings: [],
      diagnostics: ['no posts found on an Instagram profile page: the site\u2019s markup may have changed'],
    };
    render(<PopupView stats={stats} tab={{ status: 'scanned', findings: broken }} onFocusPost={vi.fn()} onOpenOptions={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toContain('no posts found on an Instagram profile page');
  });

  it('renders a hostile caption as text', () => {
    const hostile = result({ authors: ['<img src=x onerror=alert(1)>'] });
    const { container } = render(
      <PopupView
        stats={stats}
        tab={{ status: 'scanned', findings: { ...findings, findings: [{ key: 'p2', level: 'conflict', result: hostile }] } }}
        onFocusPost={vi.fn()}
        onOpenOptions={vi.fn()}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('@<img src=x onerror=alert(1)>');
  });
});
