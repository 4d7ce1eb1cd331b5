/**
 * The in-page layer inside our one shadow root: badges, the evidence panel and the focus flash.
 *
 * Badges live in one absolutely positioned layer, in document coordinates, so the page's own DOM is
 * never touched beyond the `data-conflict-lens` attribute and window scrolling needs no work. Only
 * badges of posts near the viewport are shown and positioned; `reposition()` reads all rects first and
 * writes afterwards, so one call costs at most one layout.
 */
import type { PostLevel } from '@/lib/schema/post';
import { createBadge, setBadgeLevel } from './badge';
import { buildEvidencePanel, type PanelActions, type PanelView } from './evidence-panel';

export interface Overlay {
  setBadge(key: string, level: PostLevel): void;
  removeBadge(key: string): void;
  /** Shows and places the badges of these posts (near the viewport); hides the rest of the given keys. */
  reposition(posts: Iterable<{ key: string; element: Element }>): void;
  hideBadge(key: string): void;
  badge(key: string): HTMLButtonElement | undefined;
  openPanel(view: PanelView, actions: Omit<PanelActions, 'onClose'>): void;
  closePanel(): void;
  readonly panelKey: string | null;
  flash(element: Element): void;
  clear(): void;
}

export interface OverlayOptions {
  /** Element inside our shadow root that the layer is appended to. */
  container: HTMLElement;
  onBadgeClick(key: string): void;
  setTimeout(handler: () => void, ms: number): unknown;
  flashMs?: number;
}

export function createOverlay(options: OverlayOptions): Overlay {
  const doc = options.container.ownerDocument;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  options.container.append(layer);
  const badges = new Map<string, HTMLButtonElement>();
  let panel: { key: string; node: HTMLElement; returnFocus: HTMLElement | null } | null = null;

  layer.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('.badge') : null;
    const key = target instanceof HTMLElement ? target.dataset.postKey : undefined;
    if (key) options.onBadgeClick(key);
  });
  // Escape closes the panel; the shadow host isolates keys from the page's own shortcuts.
  layer.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel) closePanel();
  });

  function closePanel(): void {
    if (!panel) return;
    const { node, returnFocus } = panel;
    panel = null;
    node.remove();
    returnFocus?.focus({ preventScroll: true });
  }

  return {
    setBadge(key, level) {
      const existing = badges.get(key);
      if (existing) {
        setBadgeLevel(existing, level);
        return;
      }
      const badge = createBadge(doc, key, level);
      badge.hidden = true; // placed by the next reposition()
      badges.set(key, badge);
      layer.append(badge);
    },
    removeBadge(key) {
      badges.get(key)?.remove();
      badges.delete(key);
      if (panel?.key === key) closePanel();
    },
    hideBadge(key) {
      const badge = badges.get(key);
      if (badge) badge.hidden = true;
    },
    badge: (key) => badges.get(key),
    reposition(posts) {
      const origin = layer.getBoundingClientRect();
      const placements: Array<{ badge: HTMLButtonElement; left: number; top: number; show: boolean }> = [];
      for (const { key, element } of posts) {
        const badge = badges.get(key);
        if (!badge) continue;
        const rect = element.getBoundingClientRect();
        const show = element.isConnected && rect.width > 0 && rect.height > 0;
        placements.push({ badge, left: rect.right - origin.left, top: rect.top - origin.top, show });
      }
      for (const { badge, left, top, show } of placements) {
        badge.hidden = !show;
        if (!show) continue;
        badge.style.left = `${Math.round(left)}px`;
        badge.style.top = `${Math.round(top)}px`;
      }
    },
    openPanel(view, actions) {
      const active = doc.activeElement;
      const returnFocus = panel?.returnFocus ?? badges.get(view.key) ?? (active instanceof HTMLElement ? active : null);
      panel?.node.remove();
      const node = buildEvidencePanel(doc, view, { ...actions, onClose: closePanel });
      panel = { key: view.key, node, returnFocus };
      layer.append(node);
      node.querySelector<HTMLElement>('button.close')?.focus({ preventScroll: true });
    },
    closePanel,
    get panelKey() {
      return panel?.key ?? null;
    },
    flash(element) {
      const origin = layer.getBoundingClientRect();
      const rect = element.getBoundingClientRect();
      const box = doc.createElement('div');
      box.className = 'flash';
      box.dataset.flash = 'true';
      box.style.left = `${Math.round(rect.left - origin.left)}px`;
      box.style.top = `${Math.round(rect.top - origin.top)}px`;
      box.style.width = `${Math.round(rect.width)}px`;
      box.style.height = `${Math.round(rect.height)}px`;
      layer.append(box);
      options.setTimeout(() => box.remove(), options.flashMs ?? 2_400);
    },
    clear() {
      closePanel();
      for (const badge of badges.values()) badge.remove();
      badges.clear();
      for (const flash of layer.querySelectorAll('.flash')) flash.remove();
    },
  };
}
