/**
 * DOM → text that keeps paragraph structure: every block element becomes its own paragraph,
 * paragraphs are separated by a blank line, `<br>` is a line break, and white space inside a
 * paragraph collapses as a browser renders it. `textContent` would glue "…end.Next…" together.
 */

/** The part of a DOM node this module reads (linkedom and browsers both provide it). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

// HTML Living Standard §15.3.3 "flow content" elements rendered as blocks, plus table rows and
// cells' containers. Cells (td, th) are inline-separated by a space instead.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
// Never rendered as text.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'TITLE', 'BUTTON', 'SELECT', 'OPTION']);
const CELL = new Set(['TD', 'TH']);
// HTML white space (not NBSP, which is content).
const HTML_SPACE = /[ \t\n\r\f]+/g;

interface Collector {
  readonly paragraphs: string[];
  current: string;
}

function flush(c: Collector): void {
  const paragraph = c.current
    .split('\n')
    .map((line) => line.replace(HTML_SPACE, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  if (paragraph !== '') c.paragraphs.push(paragraph);
  c.current = '';
}

function walk(node: DomNode, c: Collector, pre: boolean): void {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
    const value = node.nodeValue ?? '';
    // In <pre> line breaks are content; elsewhere they are white space.
    c.current += pre ? value : value.replace(HTML_SPACE, ' ');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  if (name === 'BR') {
    c.current += '\n';
    return;
  }
  const block = BLOCK.has(name);
  if (block) flush(c);
  if (CELL.has(name)) c.current += ' ';
  const inPre = pre || name === 'PRE';
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, c, inPre);
  if (block) flush(c);
}

/**
 * Renders a DOM subtree as paragraphs separated by blank lines.
 * @example nodeToText(parseHTML('<p>One</p><p>Two<br>three</p>').document.body) // 'One\n\nTwo\nthree'
 */
export function nodeToText(root: DomNode): string {
  const c: Collector = { paragraphs: [], current: '' };
  walk(root, c, false);
  flush(c);
  return c.paragraphs.join('\n\n');
}
