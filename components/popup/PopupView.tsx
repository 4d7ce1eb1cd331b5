import { useState } from 'react';
import type { Stats, TabFindings } from '@/lib/schema/messages';
import type { PostResult } from '@/lib/schema/post';
import { competitorSponsorships } from '@/lib/popup/profile';
import { CreatorCard, type ProfileState } from './CreatorCard';
import { DismissedList, type DismissedListProps } from './DismissedList';
import { DraftCheck, type DraftCheckProps } from './DraftCheck';
import { FindingItem } from './FindingItem';
import { Tabs } from './Tabs';

export type { ProfileState };
export type ReportFormat = 'json' | 'csv';

/** What the popup knows about the active tab. */
export type TabState =
  | { status: 'loading' }
  | { status: 'unsupported' }
  | { status: 'not-scanned'; reason: string }
  | { status: 'scanned'; findings: TabFindings };

export interface PopupViewProps {
  /** undefined while the database is being read. */
  stats: Stats | undefined;
  tab: TabState;
  onFocusPost(key: string): void;
  onOpenOptions(): void;
  /** The creator card, on a profile or channel page only. */
  profile?: ProfileState;
  /** Downloads the page's findings as a vetting report; no export buttons without it. */
  onExport?(format: ReportFormat): void;
  /** The draft check tab; left out when absent. */
  draft?: DraftCheckProps;
  /** The dismissed-findings tab; left out when absent. */
  dismissed?: DismissedListProps;
}

const PAGE_NAMES: Record<string, string> = {
  feed: 'feed',
  profile: 'profile',
  post: 'post',
  reel: 'reel',
  video: 'video page',
  short: 'Short',
  search: 'search results',
  home: 'home page',
  channel: 'channel',
  unknown: 'page',
};

const PLATFORM_NAMES: Record<PostResult['platform'], string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
};

export function PopupView({ stats, tab, onFocusPost, onOpenOptions, profile, onExport, draft, dismissed }: PopupViewProps) {
  const [selected, setSelected] = useState('page');
  const pageTab = <TabSection tab={tab} onFocusPost={onFocusPost} profile={profile} onExport={onExport} />;
  const tabs = [{ id: 'page', label: 'This page', panel: pageTab }];
  if (draft) tabs.push({ id: 'draft', label: 'Draft check', panel: <DraftCheck {...draft} /> });
  if (dismissed) {
    const count = dismissed.dismissals?.length;
    tabs.push({ id: 'dismissed', label: count ? `Dismissed (${count})` : 'Dismissed', panel: <DismissedList {...dismissed} /> });
  }
  return (
    <main className="popup">
      <header className="popup__header">
        <h1>Conflict Lens</h1>
        <button type="button" className="link-button" onClick={onOpenOptions}>
          Manage contracts
        </button>
      </header>
      <StoredData stats={stats} />
      {tabs.length === 1 ? pageTab : <Tabs label="Popup sections" tabs={tabs} selected={selected} onSelect={setSelected} />}
    </main>
  );
}

function StoredData({ stats }: { stats: Stats | undefined }) {
  if (!stats) return <p aria-busy="true">Reading your contracts…</p>;
  const empty = stats.contracts === 0;
  return (
    <section aria-label="Stored data" className="popup__stored">
      <p data-testid="stored-counts">
        {plural(stats.creators, 'creator')} · {plural(stats.brands, 'brand')} · {plural(stats.contracts, 'contract')} (
        {plural(stats.clauses, 'clause')})
      </p>
      {empty && <p className="hint">No contracts yet: import a file in the options page to start checking posts.</p>}
    </section>
  );
}

interface TabSectionProps {
  tab: TabState;
  onFocusPost(key: string): void;
  profile?: ProfileState | undefined;
  onExport?: ((format: ReportFormat) => void) | undefined;
}

function TabSection({ tab, onFocusPost, profile, onExport }: TabSectionProps) {
  switch (tab.status) {
    case 'loading':
      return <p aria-busy="true">Looking at this tab…</p>;
    case 'unsupported':
      return <p className="hint">Open Instagram, TikTok or YouTube: Conflict Lens checks the posts on those sites.</p>;
    case 'not-scanned':
      return <p className="hint">{tab.reason}</p>;
    case 'scanned':
      return <Findings findings={tab.findings} onFocusPost={onFocusPost} profile={profile} onExport={onExport} />;
  }
}

function Findings({ findings, onFocusPost, profile, onExport }: { findings: TabFindings } & Omit<TabSectionProps, 'tab'>) {
  const conflicts = findings.findings.filter((f) => f.level === 'conflict').length;
  const warnings = findings.findings.filter((f) => f.level === 'warning').length;
  const where = `${PLATFORM_NAMES[findings.page.platform]} ${PAGE_NAMES[findings.page.kind] ?? 'page'}`;
  return (
    <section aria-label="This tab" className="popup__tab">
      <p data-testid="tab-summary">
        {where}: {plural(findings.scanned, 'post')} scanned, {plural(conflicts, 'conflict')}, {plural(warnings, 'warning')}
      </p>
      {findings.diagnostics.map((line) => (
        <p key={line} role="alert" className="diagnostic">
          {line}
        </p>
      ))}
      {profile && <CreatorCard profile={profile} sponsorships={competitorSponsorships(findings.findings)} />}
      {onExport && (
        <div className="export" role="group" aria-label="Export vetting report">
          <span className="hint">Vetting report:</span>
          <button type="button" onClick={() => onExport('csv')}>
            Download CSV
          </button>
          <button type="button" onClick={() => onExport('json')}>
            Download JSON
          </button>
        </div>
      )}
      {findings.findings.length > 0 && (
        <ol className="findings" aria-label="Conflicts and warnings">
          {findings.findings.map((finding) => (
            <FindingItem key={finding.key} finding={finding} onFocusPost={onFocusPost} />
          ))}
        </ol>
      )}
    </section>
  );
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
