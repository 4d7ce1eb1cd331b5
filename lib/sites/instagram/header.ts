/**
 * A post header: who posted (collab co-authors too) and the platform label in the sub-title slot.
 *
 *   header ── name row: span[dir=auto] with one profile link per author ("a and b" for collabs)
 *          ├─ "•" time link
 *          └─ sub-title: "" | "Suggested for you" | location | audio | "Paid partnership with <brand>" | "Sponsored"
 *
 * No saved page shows a paid-partnership header (instagram-dom.md §0), so the label is read two ways:
 * the language-independent structure (a profile link in the header that is not an author: the brand)
 * and the label lexicon. Only this post's header is read, never page text.
 */
import type { PlatformLabel } from '@/lib/schema/post';
import { isInsideOwnUi, queryFirst, readableText } from '../dom';
import { classifyLabelText } from '../labels';
import { profileHandleOf } from './paths';
import {
  AD_LINK,
  ANY_LINK,
  AVATAR_WRAPPER,
  BELOW_HEADER,
  CAPTION_CONTROLS,
  HEADER,
  HEADER_TEXT_SLOT,
  IMAGE,
  TEXT_BLOCK,
} from './selectors';

function isMediaImage(img: Element): boolean {
  return img.closest(AVATAR_WRAPPER.join(',')) === null;
}

function containsBelowHeader(el: Element): boolean {
  if (el.querySelector(BELOW_HEADER.join(','))) return true;
  return Array.from(el.querySelectorAll(IMAGE.join(','))).some(isMediaImage);
}

/** The largest ancestor of the name link, inside the container, that holds no media and no action bar. */
export function headerRegionOf(nameLink: Element, container: Element): Element {
  const realHeader = nameLink.closest(HEADER.join(','));
  if (realHeader && container.contains(realHeader)) return realHeader;
  let region: Element = nameLink;
  for (let parent = region.parentElement; parent && parent !== container; parent = parent.parentElement) {
    if (containsBelowHeader(parent)) break;
    region = parent;
  }
  return region;
}

export interface ProfileLink {
  element: Element;
  handle: string;
}

export function profileLinksIn(root: Element, base: URL): ProfileLink[] {
  const links: ProfileLink[] = [];
  for (const a of Array.from(root.querySelectorAll(ANY_LINK.join(',')))) {
    if (isInsideOwnUi(a)) continue;
    const handle = profileHandleOf(a.getAttribute('href'), base);
    // "@handle" links are mentions in text, not a name shown as the author.
    if (handle && !(a.textContent ?? '').trim().startsWith('@')) links.push({ element: a, handle });
  }
  return links;
}

/** The outermost span[dir=auto] around the first author link, inside the header: the name row. */
function nameRowOf(link: Element, region: Element): Element {
  let row: Element = link;
  for (let el: Element | null = link; el && el !== region; el = el.parentElement) {
    if (el.matches(TEXT_BLOCK.join(','))) row = el;
  }
  return row;
}

export interface HeaderReading {
  authors: string[];
  label: PlatformLabel | null;
}

export function readHeader(region: Element, firstAuthor: ProfileLink, base: URL): HeaderReading {
  const nameRow = nameRowOf(firstAuthor.element, region);
  const links = profileLinksIn(region, base);
  const authors: string[] = [];
  for (const link of links) {
    if (nameRow.contains(link.element) && !authors.includes(link.handle)) authors.push(link.handle);
  }
  if (!authors.includes(firstAuthor.handle)) authors.unshift(firstAuthor.handle);
  return { authors, label: readLabel(region, nameRow, links, authors) };
}

function readLabel(region: Element, nameRow: Element, links: ProfileLink[], authors: string[]): PlatformLabel | null {
  const slots = Array.from(region.querySelectorAll(HEADER_TEXT_SLOT.join(','))).filter(
    (slot) => !nameRow.contains(slot) && !slot.contains(nameRow),
  );
  // Profile links outside the name row that are not authors (nor avatars of one): the partner brands
  // ("Paid partnership with brand_a and brand_b" links each).
  const partnerLinks = links.filter((l) => !nameRow.contains(l.element) && !authors.includes(l.handle));
  const partnersIn = (slot: Element | undefined): Pick<PlatformLabel, 'partner' | 'partners'> => {
    const handles: string[] = [];
    for (const link of partnerLinks) if (slot?.contains(link.element) && !handles.includes(link.handle)) handles.push(link.handle);
    return handles.length > 1 ? { partner: handles[0]!, partners: handles } : { partner: handles[0] ?? null };
  };
  for (const slot of slots) {
    const text = readableText(slot, { skip: CAPTION_CONTROLS });
    const kind = classifyLabelText(text);
    if (kind) return { kind, text, ...partnersIn(slot) };
  }
  const firstPartner = partnerLinks[0];
  if (firstPartner) {
    const slot = slots.find((s) => s.contains(firstPartner.element));
    const text = slot ? readableText(slot) : firstPartner.handle;
    return slot ? { kind: 'paid-partnership', text, ...partnersIn(slot) } : { kind: 'paid-partnership', text, partner: firstPartner.handle };
  }
  return null;
}

export function adLinkIn(container: Element): Element | null {
  return queryFirst(container, AD_LINK);
}
