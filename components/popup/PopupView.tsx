import type { Stats, TabFindings } from '@/lib/schema/messages';
import type { PostResult } from '@/lib/schema/post';
import { FindingItem } from './FindingItem';

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

export function PopupView({ stats, tab, onFocusPost, onOpenOptions }: PopupViewProps) {
  return (
    <main className="popup">
      <header className="popup__header">
        <h1>Conflict Lens</h1>
        <button type="button" className="link-button" onClick={onOpenOptions}>
          Manage contracts
        </button>
      </header>
      <StoredData stats={stats} />
      <TabSection tab={tab} onFocusPost={onFocusPost} />
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

function TabSection({ tab, onFocusPost }: { tab: TabState; onFocusPost(key: string): void }) {
  switch (tab.status) {
    case 'loading':
      return <p aria-busy="true">Looking at this tab…</p>;
    case 'unsupported':
      return <p className="hint">Open Instagram, TikTok or YouTube: Conflict Lens checks the posts on those sites.</p>;
    case 'not-scanned':
      return <p className="hint">{tab.reason}</p>;
    case 'scanned':
      return <Findings findings={tab.findings} onFocusPost={onFocusPost} />;
  }
}

function Findings({ findings, onFocusPost }: { findings: TabFindings; onFocusPost(key: string): void }) {
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
