import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { PopupView, type TabState } from '@/components/popup/PopupView';
import { getStats } from '@/lib/db';
import { DISMISSALS_KEY, listDismissals, undoDismissal, type Dismissal } from '@/lib/page/dismissals';
import { focusPostInActiveTab, readActiveTab } from '@/lib/popup/active-tab';
import { brandNamesOf, listCreators, loadCreatorByHandle } from '@/lib/popup/creator-data';
import { checkDraft } from '@/lib/popup/draft-check';
import { profileHandle, profileState } from '@/lib/popup/profile';
import { downloadVettingReport } from '@/lib/popup/report-download';
import { localDay } from '@/lib/popup/today';
import '@/components/popup/popup.css';

/** How often the open popup refreshes the tab's findings while the user scrolls. */
const REFRESH_MS = 1_000;

function Popup() {
  const stats = useLiveQuery(getStats);
  const creators = useLiveQuery(listCreators);
  const [tab, setTab] = useState<TabState>({ status: 'loading' });
  const [dismissals, setDismissals] = useState<Dismissal[] | undefined>(undefined);
  const today = localDay(new Date());

  useEffect(() => {
    let live = true;
    const refresh = () => readActiveTab().then((state) => live && setTab(state));
    void refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);

  useEffect(() => {
    const reload = () => void listDismissals().then(setDismissals);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && DISMISSALS_KEY in changes) reload();
    };
    reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const brandNames = useLiveQuery(() => brandNamesOf(dismissals?.map((d) => d.brandId) ?? []), [dismissals]);
  const page = tab.status === 'scanned' ? tab.findings.page : null;
  const handle = page ? profileHandle(page) : null;
  // Wrapped so that "no such creator" (null) differs from "still reading" (undefined).
  const lookup = useLiveQuery(
    async () => (page && handle ? { records: await loadCreatorByHandle(page.platform, handle), handle } : undefined),
    [page?.platform, handle],
  );
  const profile = profileState(page, lookup?.handle === handle ? lookup.records : undefined, today);

  return (
    <PopupView
      stats={stats}
      tab={tab}
      onFocusPost={(key) => void focusPostInActiveTab(key).then(() => window.close())}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      profile={profile}
      onExport={tab.status === 'scanned' ? (format) => downloadVettingReport(tab.findings, format) : undefined}
      draft={{ creators, today, initialPlatform: page?.platform ?? 'instagram', onCheck: (input) => checkDraft(input) }}
      dismissed={{ dismissals, brandNames, onUndo: (ref) => void undoDismissal(ref) }}
    />
  );
}

createRoot(document.getElementById('root')!).render(<Popup />);
