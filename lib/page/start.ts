/**
 * Wires the page runtime to the real browser: the shadow-root overlay, idle slots, observers, messages
 * to the background, storage changes and the popup's requests. Each content-script entrypoint calls
 * startPageRuntime() and nothing else.
 */
import { browser } from 'wxt/browser';
import { CATALOGUE_OVERRIDES_KEY } from '@/lib/brands/user-overrides';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { UI_ATTRIBUTE, type AdapterLookup } from './adapter';
import { DISMISSALS_KEY, dismiss, listDismissals, parseDismissals, undoDismissal } from './dismissals';
import { createPageRuntime, type PageRuntime } from './runtime';
import { createAfterLayout, createPageTimers } from './frames';
import { OVERLAY_CSS } from './styles';

/** Set by the data layer after each write to the contract database. */
export const DATA_VERSION_KEY = 'dataVersion';
/** Posts within one viewport height of the viewport are read before they scroll into view. */
const NEAR_VIEWPORT_MARGIN = '100% 0px 100% 0px';

export async function startPageRuntime(ctx: ContentScriptContext, adapterFor: AdapterLookup): Promise<PageRuntime> {
  const dismissalsOnStart = listDismissals().catch(() => []);
  const ui = await createShadowRootUi(ctx, {
    name: 'conflict-lens-overlay',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: OVERLAY_CSS,
    // Keys typed in the evidence panel must not trigger the site's own shortcuts.
    isolateEvents: true,
    onMount: (container, _shadow, host) => {
      host.setAttribute(UI_ATTRIBUTE, '');
      return container;
    },
  });
  ui.mount();

  const timers = createPageTimers(ctx);
  const runtime = createPageRuntime({
    ctx,
    doc: document,
    adapterFor,
    analyse: (request) => browser.runtime.sendMessage(request),
    overlayContainer: ui.uiContainer,
    ensureOverlayAttached: () => {
      if (!ui.shadowHost.isConnected && ctx.isValid) document.body.append(ui.shadowHost);
    },
    requestSlot: timers.requestSlot,
    nextFrame: timers.nextFrame,
    afterLayout: createAfterLayout(ui.uiContainer, ctx),
    delay: timers.delay,
    watchVisibility: (onChange) => {
      const observer = new IntersectionObserver(
        (entries) => onChange(entries.map((e) => ({ element: e.target, near: e.isIntersecting }))),
        { rootMargin: NEAR_VIEWPORT_MARGIN },
      );
      return observer;
    },
    observeMutations: (onChange) => {
      const observer = new MutationObserver(onChange);
      observer.observe(document.documentElement, { childList: true, subtree: true });
      return observer;
    },
    observeLayout: (onChange) => {
      const observer = new ResizeObserver(() => onChange());
      observer.observe(document.documentElement);
      if (document.body) observer.observe(document.body);
      return observer;
    },
    location: () => new URL(location.href),
    now: () => performance.now(),
    dismissals: { dismiss, undo: undoDismissal },
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => runtime.syncLocation());

  const onMessage = (message: unknown) => runtime.handleTabRequest(message);
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    if (DISMISSALS_KEY in changes) runtime.setDismissals(parseDismissals(changes[DISMISSALS_KEY]?.newValue));
    if (DATA_VERSION_KEY in changes || CATALOGUE_OVERRIDES_KEY in changes) runtime.recheckAll();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  // Before the first slot runs, so a dismissed conflict never flashes up on load.
  runtime.setDismissals(await dismissalsOnStart);
  return runtime;
}
