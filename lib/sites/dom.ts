/**
 * DOM helpers shared by the adapters. They work on any subtree (the runtime hands us mutated nodes),
 * never on the whole document by default, and they never look inside our own UI.
 */

/** Our overlay host and badge hosts carry this attribute; nothing under it is the site's content. */
export const OWN_UI_ATTRIBUTE = 'data-conflict-lens-ui';
const OWN_UI_SELECTOR = `[${OWN_UI_ATTRIBUTE}]`;

export function isInsideOwnUi(node: Element): boolean {
  return node.closest(OWN_UI_SELECTOR) !== null;
}

/** An ordered fallback list: the first selector that matches anything wins. */
export type SelectorList = readonly string[];

function isElement(node: ParentNode): node is Element {
  return (node as Element).tagName !== undefined && typeof (node as Element).matches === 'function';
}

/**
 * Every element under root (root included) matching selector, in document order, outside our UI.
 * Including root matters: the runtime often hands us the freshly added post container itself.
 */
export function queryAllWithSelf(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  if (isElement(root) && root.matches(selector)) found.push(root);
  for (const el of Array.from(root.querySelectorAll(selector))) found.push(el);
  return found.filter((el) => !isInsideOwnUi(el));
}

/** Matches of the first selector in the list that matches anything under root. */
export function queryAllFirst(root: ParentNode, selectors: SelectorList): Element[] {
  for (const selector of selectors) {
    const found = queryAllWithSelf(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

/** The first match of the first selector in the list that matches anything under root. */
export function queryFirst(root: ParentNode, selectors: SelectorList): Element | null {
  for (const selector of selectors) {
    for (const el of queryAllWithSelf(root, selector)) return el;
  }
  return null;
}

/** Matches of every selector in the list, merged in document order without duplicates. */
export function queryAllAny(root: ParentNode, selectors: SelectorList): Element[] {
  return sortInDocumentOrder(queryAllWithSelf(root, selectors.join(',')));
}

export function closestAny(el: Element, selectors: SelectorList): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

export function sortInDocumentOrder(elements: Element[]): Element[] {
  const unique = Array.from(new Set(elements));
  // 4 = DOCUMENT_POSITION_FOLLOWING: b comes after a.
  return unique.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Keep only the outermost elements: a post nested in another post container is part of it. */
export function outermostOnly(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'CANVAS', 'VIDEO', 'IMG']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'H1', 'H2', 'H3', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);

export interface TextOptions {
  /** Elements matching this are left out with their subtree, e.g. "more" buttons. */
  skip?: string;
  /** Put a line break between block elements (descriptions); captions read inline. */
  blockBreaks?: boolean;
}

/**
 * The text a person reads in el: script/style/svg skipped, hidden subtrees skipped, our UI skipped,
 * <br> as a line break. We walk the tree ourselves because textContent would pull in hidden decoys and
 * the "more"/"Mehr anzeigen" buttons, which look like disclosure words to the detector.
 */
export function readableText(el: Element, options: TextOptions = {}): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      // Source line breaks are layout, not content (white-space: normal); <br> and blocks make lines.
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (SKIPPED_TAGS.has(child.tagName)) return;
    if (child.hasAttribute(OWN_UI_ATTRIBUTE) || child.hasAttribute('hidden')) return;
    if (options.skip && child.matches(options.skip)) return;
    if (child.tagName === 'BR') {
      parts.push('\n');
      return;
    }
    const block = options.blockBreaks === true && BLOCK_TAGS.has(child.tagName);
    if (block) parts.push('\n');
    for (const grandChild of Array.from(child.childNodes)) walk(grandChild);
    if (block) parts.push('\n');
  };
  walk(el);
  return tidyText(parts.join(''));
}

/** Collapse runs of spaces and blank lines, keep single line breaks, trim. */
export function tidyText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function attr(el: Element | null, name: string): string | null {
  const value = el?.getAttribute(name);
  return value === undefined || value === null || value === '' ? null : value;
}

/** Absolute URL for an href, relative to the page; null when it is not a web URL. */
export function absoluteUrl(href: string | null, base: URL): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Parse JSON embedded in a <script>; null for anything malformed (the page is not ours). */
export function parseJsonScript(script: Element | null): unknown {
  const text = script?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follow a path of keys/indices through parsed JSON without throwing. */
export function dig(value: unknown, ...path: (string | number)[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[key];
    } else {
      if (!isRecord(current)) return undefined;
      current = current[key];
    }
  }
  return current;
}

export function ownerDocumentOf(node: ParentNode): Document | null {
  if ((node as Document).nodeType === 9) return node as Document;
  return (node as Node).ownerDocument ?? null;
}
