import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundService } from '@/lib/background/service';
import { loadCatalogueFromExtension } from '@/lib/background/catalogue';
import { getDataVersion, getStats, loadExchange } from '@/lib/db';

export default defineBackground(() => {
  const service = createBackgroundService({
    loadExchange,
    getDataVersion,
    getStats,
    loadCatalogue: loadCatalogueFromExtension,
    now: () => new Date(),
  });

  // Only this extension's own pages and content scripts can reach onMessage (no externally_connectable);
  // the service still validates every message, because a content script runs beside page code.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    return service.handleMessage(message);
  });
});
