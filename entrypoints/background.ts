import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundService } from '@/lib/background/service';
import { loadCatalogueFromExtension } from '@/lib/background/catalogue';
import { CATALOGUE_OVERRIDES_KEY } from '@/lib/brands/user-overrides';
import { getDataVersion, getStats, loadExchange } from '@/lib/db';
import { isSyncMessage, startSyncScheduler } from '@/lib/sync';

export default defineBackground(() => {
  const service = createBackgroundService({
    loadExchange,
    getDataVersion,
    getStats,
    loadCatalogue: loadCatalogueFromExtension,
    now: () => new Date(),
  });
  // A hidden or moved catalogue brand (options page): reload the catalogue with the overrides and recompile.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CATALOGUE_OVERRIDES_KEY in changes) service.invalidateCatalogue();
  });
  // Contract sync: its alarm and settings listeners are registered here, at start-up, so an alarm can wake the worker.
  const sync = startSyncScheduler();

  // Only this extension's own pages and content scripts can reach onMessage (no externally_connectable);
  // the service still validates every message, because a content script runs beside page code.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isSyncMessage(message)) return sync.handleMessage(message, sender);
    return service.handleMessage(message);
  });
});
