import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundService } from '@/lib/background/service';
import { loadCatalogueFromExtension } from '@/lib/background/catalogue';
import { createIndexCache } from '@/lib/background/index-cache';
import { CATALOGUE_OVERRIDES_KEY, loadCatalogueOverrides } from '@/lib/brands/user-overrides';
import { getDataVersion, getStats, loadExchange } from '@/lib/db';
import { isSyncMessage, startSyncScheduler } from '@/lib/sync';

/** Set by wxt.config.ts: a hash of lib/, the lock file and the shipped catalogue; '' under `wxt dev`. */
declare const __CONFLICT_LENS_BUILD_ID__: string;

export default defineBackground(() => {
  const service = createBackgroundService({
    loadExchange,
    getDataVersion,
    getStats,
    loadCatalogue: loadCatalogueFromExtension,
    now: () => new Date(),
    // The worker stops after half a minute idle: the next start reads the compiled index back.
    indexCache: __CONFLICT_LENS_BUILD_ID__ === '' ? undefined : createIndexCache({ buildId: __CONFLICT_LENS_BUILD_ID__, loadOverrides: loadCatalogueOverrides }),
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
