// News as it arrives: an HTML page. The article body is found with Mozilla's Readability (the
// reader view of Firefox) on linkedom's light DOM, and turned into text: the headline, then each
// paragraph, heading, list item or quote of the body as a paragraph of its own, separated by a
// blank line, its whitespace collapsed. Offsets then refer to this text (--include-text shows it).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  text: string;
  title?: string;
  byline?: string;
  /** The page's publication date (YYYY-MM-DD), when it states one. */
  published?: string;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DD', 'DT', 'DIV', 'SECTION', 'ARTICLE', 'TR', 'UL', 'OL', 'TABLE']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of an element: block elements become paragraphs, whitespace inside them one space. */
function blocksOf(root: DomNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p) out.push(p);
    current = '';
  };
  const walk = (n: DomNode) => {
    if (n.nodeType === 3) {
      current += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    if (n.nodeName === 'SCRIPT' || n.nodeName === 'STYLE' || n.nodeName === 'NOSCRIPT') return;
    if (n.nodeName === 'BR') {
      current += ' ';
      return;
    }
    const block = BLOCKS.has(n.nodeName);
    if (block) flush();
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/** The article of an HTML page, or undefined when the page has no readable body. */
export function readHtml(html: string): HtmlArticle | undefined {
  const { document } = parseHTML(html);
  // the article's element as Readability leaves it, not its HTML serialised to be parsed again
  const article = new Readability(document as unknown as Document, { serializer: (node) => node as unknown as DomNode }).parse();
  if (!article?.content) return undefined;
  const paragraphs = blocksOf(article.content);
  const title = article.title?.replace(/\s+/g, ' ').trim() || undefined;
  // the headline opens the text unless the body repeats it
  if (title && paragraphs[0] !== title) paragraphs.unshift(title);
  if (paragraphs.length === 0) return undefined;
  const published = /^(\d{4}-\d{2}-\d{2})/.exec(article.publishedTime ?? '')?.[1];
  return {
    text: paragraphs.join('\n\n'),
    ...(title ? { title } : {}),
    ...(article.byline ? { byline: article.byline.replace(/\s+/g, ' ').trim() } : {}),
    ...(published ? { published } : {}),
  };
}
