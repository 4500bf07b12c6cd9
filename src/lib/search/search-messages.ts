// What the search dialog says in words: the status line, and the offer of the text's own words
// for a word that is not in it. Pure, so that every sentence the reader can be shown is tested.
import { MAX_RESULTS_SHOWN, type SearchAnswer, type Suggestion } from './search-results.ts';

const quoted = (words: readonly string[]): string => words.map((word) => `“${word}”`).join(', ');
const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The status line for an answer: what was found for `query` (in the topic `filter`, when one is
 * chosen), and first, plainly, any word that is not in the text. Until `all` are shown, it says
 * which are.
 */
export function statusLine(answer: SearchAnswer, query: string, filter: string, all = false): string {
  const where = filter ? ` in ${filter}` : '';
  const total = answer.results.length;
  const shown = total > MAX_RESULTS_SHOWN && !all ? `, the first ${MAX_RESULTS_SHOWN} shown` : '';
  // Past a number of candidates the rest are not checked: the count is then a floor.
  const atLeast = answer.truncated ? 'at least ' : '';
  if (answer.tooCommon) return `${quoted([query])} is too common to search for on its own: add a word.`;
  if (answer.absent.length === 0) {
    if (total === 0 && answer.query.phrases.length > 0)
      return `No results for “${query}”${where}: the words are in the text, but not together in this order.`;
    if (total === 0) return `No results for “${query}”${where}.`;
    const count = `${atLeast}${total} ${total === 1 ? 'result' : 'results'}`;
    return `${capitalised(count)} found for “${query}”${where}${shown}.${foundAsNote(answer)}`;
  }
  const absent = `${quoted(answer.absent)} ${answer.absent.length === 1 ? 'is' : 'are'} not in the text.`;
  if (answer.searched.length === 0) return absent;
  const others = quoted(answer.searched);
  if (total === 0) return `${absent} No results for ${others}${where} either.`;
  const count = `${atLeast}${total} ${total === 1 ? 'result holds' : 'results hold'}`;
  return `${absent} ${capitalised(count)} ${others}${where}${shown}:`;
}

/** What a word was searched as where the text has it only in another form: ` Searched as the text writes it: “heroin” for “heroine”.` */
function foundAsNote(answer: SearchAnswer): string {
  if (answer.foundAs.length === 0 || answer.results.length === 0) return '';
  const parts = answer.foundAs.map(
    ({ typed, forms }) => `${forms.map((form) => `“${form}”`).join(' or ')} for “${typed}”`,
  );
  return ` Searched as the text writes it: ${parts.join('; ')}.`;
}

/** A word of the text offered in place of a word of the query. */
export interface OfferedWord {
  /** The word of the query it would replace. */
  replace: string;
  /** The word of the text. */
  with: string;
}

/**
 * The offer of nearer words as a sentence, in order: plain text between the words offered
 * (`Did you mean `, `, `, ` or `, `; `, `?`). Empty when there is nothing to offer.
 */
export function suggestionParts(suggestions: readonly Suggestion[]): (string | OfferedWord)[] {
  if (suggestions.length === 0) return [];
  const parts: (string | OfferedWord)[] = ['Did you mean '];
  suggestions.forEach((suggestion, i) => {
    if (i > 0) parts.push('; ');
    suggestion.options.forEach((word, j) => {
      if (j > 0) parts.push(j === suggestion.options.length - 1 ? ' or ' : ', ');
      parts.push({ replace: suggestion.word, with: word });
    });
  });
  parts.push('?');
  return parts;
}

/** The query with the first whole-word `word` replaced: the rest stays as typed. */
export function replaceWord(query: string, word: string, replacement: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // A function, so that `$` in the replacement is taken as written.
  return query.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'), () => replacement);
}

/**
 * The label of the button that shows what the first results leave out (more pages, or more
 * paragraphs of a page), or undefined when they leave nothing out.
 */
export function showAllLabel(answer: SearchAnswer, maxResults: number, maxParagraphs: number): string | undefined {
  const total = answer.results.length;
  const paragraphs = answer.results.reduce((sum, result) => sum + result.paragraphs.length, 0);
  const hiddenParagraphs = answer.results.some(
    (result, i) => i >= maxResults || result.paragraphs.length > maxParagraphs,
  );
  if (total <= maxResults && !hiddenParagraphs) return undefined;
  const every = paragraphs > 0 ? ` and every paragraph that holds the words (${paragraphs})` : '';
  return total > maxResults
    ? `Show all ${total} results${every}`
    : `Show every paragraph that holds the words (${paragraphs})`;
}
