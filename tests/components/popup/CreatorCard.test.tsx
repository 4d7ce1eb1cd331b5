import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PopupView, type ProfileState } from '@/components/popup/PopupView';
import { loadCreatorByHandle } from '@/lib/popup/creator-data';
import { profileHandle, profileState } from '@/lib/popup/profile';
import type { TabFindings } from '@/lib/schema/messages';
import { analyseDraft } from '../../draft/demo-engine';
import { storeSampleContracts } from './popup-fixtures';

const stats = { creators: 3, brands: 9, contracts: 3, clauses: 3 };
const profilePage = { platform: 'instagram', kind: 'profile', url: 'https://www.instagram.com/Marta.Runs/' } as const;

function findingsOnProfile(): TabFindings {
  const older = { ...analyseDraft({ caption: '#ad new @puma spikes', plannedDate: '2026-03-01' }), url: 'https://www.instagram.com/p/OLD/' };
  const newer = { ...analyseDraft({ caption: '#ad loving my new @adidas runners', plannedDate: '2026-11-20' }), url: 'https://www.instagram.com/p/NEW/' };
  return {
    ok: true,
    page: profilePage,
    scanned: 3,
    findings: [
      { key: 'old', level: 'conflict', result: older },
      { key: 'new', level: 'conflict', result: newer },
    ],
    diagnostics: [],
  };
}

/** The profile state the popup builds for a page: handle from the URL, creator from IndexedDB. */
async function profileFor(page: TabFindings['page'], today: string): Promise<ProfileState> {
  const records = await loadCreatorByHandle(page.platform, profileHandle(page)!);
  return profileState(page, records, today)!;
}

beforeEach(storeSampleContracts);
afterEach(cleanup);

describe('creator card on a profile page', () => {
  it('shows the creator, the exclusivity window in words and the sponsorships newest first', async () => {
    const findings = findingsOnProfile();
    const profile = await profileFor(findings.page, '2026-11-28');
    render(<PopupView stats={stats} tab={{ status: 'scanned', findings }} profile={profile} onFocusPost={vi.fn()} onOpenOptions={vi.fn()} />);

    const card = screen.getByTestId('creator-card');
    expect(within(card).getByRole('heading', { name: 'Marta Runs' })).toBeTruthy();
    const timeline = within(card).getByRole('list', { name: 'Exclusivity timeline' });
    const row = within(timeline).getByRole('listitem');
    expect(row.textContent).toContain('Nike · named competitors: Adidas, Puma');
    expect(row.textContent).toContain('Instagram, TikTok · any mention counts · contract c-002, clause 1');
    expect(row.textContent).toContain('Active (contract running): locked 93 more days, until 2027-03-01');
    expect(row.textContent).toContain('14 days before from 2025-12-18, contract 2026-01-01 to 2026-12-31, 60 days after until 2027-03-01');

    const sponsorships = within(card).getAllByRole('list', { name: /Competitor sponsorships/ })[0]!;
    const items = within(sponsorships).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('Adidas');
    expect(items[0]).toContain('2026-11-20');
    expect(items[1]).toContain('Puma');
  });

  it('says when each locked category is free again', async () => {
    const page = { platform: 'tiktok', kind: 'profile', url: 'https://www.tiktok.com/@IlloJuan' } as const;
    const profile = await profileFor(page, '2026-11-28');
    const findings: TabFindings = { ok: true, page, scanned: 0, findings: [], diagnostics: [] };
    render(<PopupView stats={stats} tab={{ status: 'scanned', findings }} profile={profile} onFocusPost={vi.fn()} onOpenOptions={vi.fn()} />);
    // c-001 ends 2026-12-31 with 30 post-days.
    expect(screen.getByRole('list', { name: 'Free from' }).textContent).toBe('Free for fast-food from 2027-01-31 (c-001)');
    expect(screen.getByText('None found among the posts scanned so far.')).toBeTruthy();
  });

  it('marks a window that has not started yet as upcoming', async () => {
    const page = { platform: 'youtube', kind: 'channel', url: 'https://www.youtube.com/@techwithtom' } as const;
    const profile = await profileFor(page, '2026-01-15');
    const findings: TabFindings = { ok: true, page, scanned: 0, findings: [], diagnostics: [] };
    render(<PopupView stats={stats} tab={{ status: 'scanned', findings }} profile={profile} onFocusPost={vi.fn()} onOpenOptions={vi.fn()} />);
    const row = screen.getByRole('list', { name: 'Exclusivity timeline' });
    expect(row.textContent).toContain('Upcoming: starts in 45 days');
    // Not active yet, so not locked yet.
    expect(screen.queryByRole('list', { name: 'Free from' })).toBeNull();
  });

  it('says so when the handle is not one of the creators', async () => {
    const page = { platform: 'instagram', kind: 'profile', url: 'https://www.instagram.com/someone.else/' } as const;
    const profile = await profileFor(page, '2026-11-28');
    const findings: TabFindings = { ok: true, page, scanned: 2, findings: [], diagnostics: [] };
    render(<PopupView stats={stats} tab={{ status: 'scanned', findings }} profile={profile} onFocusPost={vi.fn()} onOpenOptions={vi.fn()} />);
    expect(screen.getByTestId('creator-unknown').textContent).toContain('@someone.else is not one of your creators on Instagram');
  });

  it('says it is looking while the database is read, and shows no card off profile pages', () => {
    const findings = findingsOnProfile();
    const loading = profileState(findings.page, undefined, '2026-11-28');
    render(<PopupView stats={stats} tab={{ status: 'scanned', findings }} profile={loading} onFocusPost={vi.fn()} onOpenOptions={vi.fn()} />);
    expect(screen.getByText('Looking up @marta.runs…')).toBeTruthy();
    expect(profileState({ ...findings.page, kind: 'feed', url: 'https://www.instagram.com/' }, null, '2026-11-28')).toBeUndefined();
  });

  it('offers the vetting report as CSV and JSON', async () => {
    const onExport = vi.fn();
    const findings = findingsOnProfile();
    render(<PopupView stats={stats} tab={{ status: 'scanned', findings }} onExport={onExport} onFocusPost={vi.fn()} onOpenOptions={vi.fn()} />);
    const group = screen.getByRole('group', { name: 'Export vetting report' });
    await userEvent.click(within(group).getByRole('button', { name: 'Download CSV' }));
    await userEvent.click(within(group).getByRole('button', { name: 'Download JSON' }));
    expect(onExport.mock.calls).toEqual([['csv'], ['json']]);
  });
});
