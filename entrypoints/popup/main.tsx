import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { PopupView, type TabState } from '@/components/popup/PopupView';
import { getStats } from '@/lib/db';
import { focusPostInActiveTab, readActiveTab } from '@/lib/popup/active-tab';
import '@/components/popup/popup.css';

/** How often the open popup refreshes the tab's findings while the user scrolls. */
const REFRESH_MS = 1_000;

function Popup() {
  const stats = useLiveQuery(getStats);
  const [tab, setTab] = useState<TabState>({ status: 'loading' });
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
  return (
    <PopupView
      stats={stats}
      tab={tab}
      onFocusPost={(key) => void focusPostInActiveTab(key).then(() => window.close())}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

createRoot(document.getElementById('root')!).render(<Popup />);
