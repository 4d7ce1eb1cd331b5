/**
 * A saved page as a DOM in Node, without running any of its scripts.
 *
 * The tree is built by parse5 (the WHATWG parsing algorithm browsers use) and then copied node by node into
 * a happy-dom document, because happy-dom's own parser does not implement the adoption agency for nested
 * <a> elements: on saved YouTube pages it moves most of the video grid out of its page, which would make
 * the adapters read the wrong page (or none). Scripts stay inert text; nothing is fetched.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { Window } from 'happy-dom';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

export interface LoadedPage {
  document: Document;
  close(): void;
}

function isElement(node: P5Node): node is P5Element {
  return 'tagName' in node && Array.isArray((node as P5Element).attrs);
}

function copyInto(doc: Document, source: P5Element): Element {
  // Build iteratively: real pages nest hundreds of levels deep.
  const root = createElement(doc, source);
  const stack: [P5Element, Element][] = [[source, root]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [P5Element, Element];
    for (const child of from.childNodes) {
      if (isElement(child)) {
        const el = createElement(doc, child);
        to.appendChild(el);
        stack.push([child, el]);
      } else if (child.nodeName === '#text' && 'value' in child) {
        to.appendChild(doc.createTextNode(child.value));
      }
    }
  }
  return root;
}

function createElement(doc: Document, source: P5Element): Element {
  const el =
    source.namespaceURI === HTML_NS ? doc.createElement(source.tagName) : doc.createElementNS(source.namespaceURI, source.tagName);
  for (const attribute of source.attrs) {
    try {
      if (attribute.namespace) el.setAttributeNS(attribute.namespace, `${attribute.prefix ? `${attribute.prefix}:` : ''}${attribute.name}`, attribute.value);
      else el.setAttribute(attribute.name, attribute.value);
    } catch {
      // Saved pages carry attribute names the DOM API refuses ("@click", quotes); they matter to no adapter.
    }
  }
  return el;
}

export function loadPage(html: string, url: string): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
  const document = window.document as unknown as Document;
  const parsed = parse(html);
  const htmlElement = parsed.childNodes.find(isElement);
  const target = document.documentElement;
  // happy-dom allows no second root element, so the parsed <html> is poured into the existing one.
  while (target.firstChild) target.removeChild(target.firstChild);
  if (htmlElement) {
    for (const attribute of htmlElement.attrs) target.setAttribute(attribute.name, attribute.value);
    for (const child of htmlElement.childNodes) if (isElement(child)) target.appendChild(copyInto(document, child));
  }
  return {
    document,
    close: () => {
      void window.happyDOM.close();
    },
  };
}
