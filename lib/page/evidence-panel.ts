/**
 * The evidence of one post, built with plain DOM and text nodes only: which contract and clause, which
 * brand, the rule, the evidence lines, and the caption with the matched words highlighted. Every string
 * here comes from the page or from user data, so none of it is ever parsed as HTML.
 */
import type { PostLevel, PostResult, Verdict } from '@/lib/schema/post';
import { LEVEL_TEXT } from './badge';
import { evidenceSpans, highlightSegments, inertLine } from './highlight';
import { PLATFORM_NAMES } from './adapter';

export interface PanelView {
  key: string;
  level: PostLevel;
  result: PostResult;
  /** Verdicts still standing. */
  verdicts: Verdict[];
  /** Verdicts a person marked "Not a conflict" (undoable here and from the popup). */
  dismissed: Verdict[];
}

export interface PanelActions {
  onDismiss(verdict: Verdict): void;
  onUndo(verdict: Verdict): void;
  onClose(): void;
}

export function buildEvidencePanel(doc: Document, view: PanelView, actions: PanelActions): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const { result } = view;
  const panel = el('section', undefined, 'panel');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'false');
  panel.dataset.postKey = view.key;
  const headingId = `cl-panel-${view.key}`;
  panel.setAttribute('aria-labelledby', headingId);

  const heading = el('h2', `Conflict Lens: ${LEVEL_TEXT[view.level].word.toLowerCase()}`);
  heading.id = headingId;
  const close = el('button', '\u00D7', 'close');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close evidence');
  close.addEventListener('click', () => actions.onClose());
  panel.append(close, heading);

  const meta: string[] = [PLATFORM_NAMES[result.platform], result.kind];
  if (result.authors.length > 0) meta.push(result.authors.map((a) => `@${inertLine(a, 60)}`).join(', '));
  meta.push(result.publishedAt ? result.publishedAt.slice(0, 10) : 'date unknown');
  panel.append(el('p', meta.join(' · '), 'meta'));

  if (view.verdicts.length === 0) {
    panel.append(el('p', view.dismissed.length > 0 ? 'Every finding on this post was dismissed.' : 'No conflict found with your contracts.'));
  }
  for (const verdict of view.verdicts) panel.append(verdictSection(verdict));

  if (view.dismissed.length > 0) {
    const box = el('div', undefined, 'dismissed');
    box.append(el('h3', 'Marked "not a conflict"'));
    for (const verdict of view.dismissed) {
      const row = el('p', `${inertLine(verdict.contractId, 80)}, clause ${verdict.clause + 1}, ${brandName(verdict.brandId)} `);
      const undo = el('button', 'Undo');
      undo.type = 'button';
      undo.addEventListener('click', () => actions.onUndo(verdict));
      row.append(undo);
      box.append(row);
    }
    panel.append(box);
  }

  panel.append(el('h3', 'Caption'));
  const caption = el('p', undefined, 'caption');
  caption.dir = 'auto';
  for (const segment of highlightSegments(result.text, evidenceSpans(result))) {
    if (segment.control) {
      const control = el('span', segment.text, 'control');
      control.title = 'invisible control character';
      caption.append(control);
    } else if (segment.kinds.length > 0) {
      const mark = el('mark', segment.text, segment.kinds.join(' '));
      caption.append(mark);
    } else {
      caption.append(doc.createTextNode(segment.text));
    }
  }
  if (result.text.length === 0) caption.append(doc.createTextNode('(no caption)'));
  panel.append(caption);
  return panel;

  function brandName(brandId: string): string {
    return inertLine(result.brands.find((b) => b.brandId === brandId)?.name ?? brandId, 80);
  }

  function verdictSection(verdict: Verdict): HTMLElement {
    const section = el('div', undefined, 'verdict');
    section.append(el('span', LEVEL_TEXT[verdict.level].word, `level ${verdict.level}`));
    const list = el('dl');
    const row = (term: string, value: string) => list.append(el('dt', term), el('dd', value));
    row('Contract', inertLine(verdict.contractId, 120));
    row('Clause', String(verdict.clause + 1));
    row('Brand', brandName(verdict.brandId));
    row('Rule', inertLine(verdict.rule, 400));
    section.append(list);
    if (verdict.evidence.length > 0) {
      const evidence = el('ul');
      for (const item of verdict.evidence) evidence.append(el('li', `${item.kind}: ${inertLine(item.text, 300)}`));
      section.append(evidence);
    }
    const dismissButton = el('button', 'Not a conflict');
    dismissButton.type = 'button';
    dismissButton.addEventListener('click', () => actions.onDismiss(verdict));
    section.append(dismissButton);
    return section;
  }
}
