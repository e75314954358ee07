import { Lexer, type Token, type Tokens } from 'marked';
import type { DocumentSection } from '../core/types.ts';

/**
 * Splits Markdown into sections by heading, keeping the heading path for
 * citations, and turns the Markdown of each section into plain sentences.
 * Returns the first level-1 heading separately: it is the document's title
 * when the file has no front matter.
 */
export function markdownToSections(markdown: string): { sections: DocumentSection[]; firstHeading: string | null } {
  const tokens = new Lexer().lex(markdown);
  const sections: DocumentSection[] = [];
  const headingStack: { depth: number; text: string }[] = [];
  let firstHeading: string | null = null;
  let buffer: string[] = [];

  const flush = () => {
    const text = buffer.join('\n\n').trim();
    if (text) sections.push({ headings: headingStack.map((h) => h.text), text, page: null });
    buffer = [];
  };

  for (const token of tokens) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      const text = inlineText(heading.tokens).trim();
      if (heading.depth === 1 && firstHeading === null && sections.length === 0 && buffer.length === 0) {
        firstHeading = text;
        continue;
      }
      flush();
      while (headingStack.length > 0 && headingStack[headingStack.length - 1]!.depth >= heading.depth) headingStack.pop();
      headingStack.push({ depth: heading.depth, text });
      continue;
    }
    const text = blockText(token).trim();
    if (text) buffer.push(text);
  }
  flush();
  return { sections, firstHeading };
}

function blockText(token: Token): string {
  switch (token.type) {
    case 'paragraph':
    case 'text':
      return 'tokens' in token && token.tokens ? inlineText(token.tokens) : (token as Tokens.Text).text;
    case 'list':
      return (token as Tokens.List).items.map((item) => endSentence(blockTokens(item.tokens))).join('\n');
    case 'blockquote':
      return blockTokens((token as Tokens.Blockquote).tokens);
    case 'code':
      return (token as Tokens.Code).text;
    case 'table': {
      const table = token as Tokens.Table;
      const rows = [table.header, ...table.rows];
      return rows.map((row) => endSentence(row.map((cell) => inlineText(cell.tokens)).join(': '))).join('\n');
    }
    case 'html':
      return (token as Tokens.HTML).text.replace(/<[^>]+>/g, ' ');
    default:
      return '';
  }
}

function blockTokens(tokens: Token[]): string {
  return tokens
    .map(blockText)
    .filter((text) => text.trim())
    .join(' ');
}

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'strong':
        case 'em':
        case 'del':
        case 'link':
          return inlineText((token as Tokens.Strong).tokens);
        case 'codespan':
          return (token as Tokens.Codespan).text;
        case 'br':
          return '\n';
        case 'image':
          return (token as Tokens.Image).text;
        case 'text':
        case 'escape':
          return 'tokens' in token && token.tokens ? inlineText(token.tokens) : (token as Tokens.Text).text;
        case 'html':
          return '';
        default:
          return 'text' in token ? String(token.text) : '';
      }
    })
    .join('')
    .replace(/[ \t]+/g, ' ');
}

/** List items and table rows become sentences of their own, so they can be quoted alone. */
function endSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return /[.!?:;]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
