import type { Answer, Citation } from '../../src/index.ts';
import { citationAbstract } from './citation-abstract.ts';
import { shorten } from './shorten.ts';

/**
 * Limits Teams documents for bot messages with citations ("Bot messages with
 * AI-generated content"): a message with more than 20 citations is rejected
 * with a 400, titles show at most 80 characters, abstracts 160 and each of
 * up to three keywords 28.
 */
export const TEAMS_CITATION_LIMITS = { citations: 20, titleChars: 80, abstractChars: 160, keywordChars: 28 } as const;

/** One citation claim: the `[position]` marker in the text opens a pop-up with this document. */
export interface CitationClaim {
  '@type': 'Claim';
  position: number;
  appearance: {
    '@type': 'DigitalDocument';
    name: string;
    abstract: string;
    url?: string;
    keywords?: string[];
  };
}

/** The root schema.org Message entity Teams reads citations and the AI label from (at most one per message). */
export interface MessageEntity {
  type: 'https://schema.org/Message';
  '@type': 'Message';
  '@context': 'https://schema.org';
  '@id': '';
  additionalType?: ['AIGeneratedContent'];
  citation?: CitationClaim[];
}

/** True when Teams can show every citation of the answer natively. */
export function fitsNativeCitations(answer: Answer): boolean {
  return answer.citations.length <= TEAMS_CITATION_LIMITS.citations;
}

/**
 * The message entity for an answer, or null when it needs none. The AI label
 * is added only when a remote model wrote the answer: an extractive answer
 * quotes the sources and is not AI-generated text.
 */
export function citationEntity(answer: Answer): MessageEntity | null {
  const aiGenerated = answer.mode === 'llm';
  if (answer.citations.length === 0 && !aiGenerated) return null;
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    ...(aiGenerated ? { additionalType: ['AIGeneratedContent'] as ['AIGeneratedContent'] } : {}),
    ...(answer.citations.length > 0 ? { citation: answer.citations.map((citation) => claim(answer.answer, citation)) } : {}),
  };
}

function claim(answerText: string, citation: Citation): CitationClaim {
  return {
    '@type': 'Claim',
    position: citation.n,
    appearance: {
      '@type': 'DigitalDocument',
      name: shorten(citation.title, TEAMS_CITATION_LIMITS.titleChars),
      abstract: citationAbstract(answerText, citation, TEAMS_CITATION_LIMITS.abstractChars),
      ...(citation.url ? { url: citation.url } : {}),
      // The section locates the passage within a long document; the pop-up shows it as a tag.
      ...(citation.section ? { keywords: [shorten(citation.section, TEAMS_CITATION_LIMITS.keywordChars)] } : {}),
    },
  };
}
