// What the search dialog says in words: the status line, and the offer of the text's own words
// for a word that is not in it. Pure, so that every sentence the reader can be shown is tested.
// Its words are the catalogue's (src/lib/i18n): only the search's section of each language, so that
// the search bundle carries no other message.
import { MAX_RESULTS_SHOWN, type SearchAnswer, type Suggestion } from './search-results.ts';
import type { InterfaceLanguage } from '../i18n/languages.ts';
import { WORDS, type SearchWords } from '../i18n/client/search.ts';

const quoted = (words: readonly string[], w: SearchWords): string => words.map(w.quote).join(w.listSeparator);

/**
 * The status line for an answer, in `lang`: what was found for `query` (in the topic `filter`, when
 * one is chosen), and first, plainly, any word that is not in the text. Until `all` are shown, it
 * says which are.
 */
export function statusLine(
  answer: SearchAnswer,
  query: string,
  filter: string,
  all: boolean,
  lang: InterfaceLanguage,
): string {
  const w = WORDS[lang];
  const where = filter ? w.where(filter) : '';
  const total = answer.results.length;
  const shown = total > MAX_RESULTS_SHOWN && !all ? w.firstShown(MAX_RESULTS_SHOWN) : '';
  // Past a number of candidates the rest are not checked: the count is then a floor.
  const atLeast = answer.truncated;
  if (answer.tooCommon) return w.tooCommon(quoted([query], w));
  if (answer.absent.length === 0) {
    if (total === 0 && answer.query.phrases.length > 0) return w.notTogether(query, where);
    if (total === 0) return w.noResults(query, where);
    return `${w.found(total, atLeast, query, where, shown)}${foundAsNote(answer, w)}`;
  }
  const absent = w.absent(quoted(answer.absent, w), answer.absent.length);
  if (answer.searched.length === 0) return absent;
  const others = quoted(answer.searched, w);
  if (total === 0) return w.absentNoOthers(absent, others, where);
  return w.absentOthers(absent, total, atLeast, others, where, shown);
}

/** What a word was searched as where the text has it only in another form: ` Searched as the text writes it: “heroin” for “heroine”.` */
function foundAsNote(answer: SearchAnswer, w: SearchWords): string {
  if (answer.foundAs.length === 0 || answer.results.length === 0) return '';
  const parts = answer.foundAs.map(({ typed, forms }) => w.foundAsPart(forms.map(w.quote).join(w.or), typed));
  return w.foundAs(parts.join(w.groupSeparator));
}

/** A word of the text offered in place of a word of the query. */
export interface OfferedWord {
  /** The word of the query it would replace. */
  replace: string;
  /** The word of the text. */
  with: string;
}

/**
 * The offer of nearer words as a sentence in `lang`, in order: plain text between the words offered
 * (`Did you mean `, `, `, ` or `, `; `, `?`). Empty when there is nothing to offer.
 */
export function suggestionParts(suggestions: readonly Suggestion[], lang: InterfaceLanguage): (string | OfferedWord)[] {
  if (suggestions.length === 0) return [];
  const w = WORDS[lang];
  const parts: (string | OfferedWord)[] = [w.didYouMean];
  suggestions.forEach((suggestion, i) => {
    if (i > 0) parts.push(w.groupSeparator);
    suggestion.options.forEach((word, j) => {
      if (j > 0) parts.push(j === suggestion.options.length - 1 ? w.or : w.listSeparator);
      parts.push({ replace: suggestion.word, with: word });
    });
  });
  parts.push(w.didYouMeanEnd);
  return parts;
}

/** The search's other words in `lang`: its loading and failure notices, the mark of a partial match. */
export function searchWords(lang: InterfaceLanguage): SearchWords {
  return WORDS[lang];
}

/** The query with the first whole-word `word` replaced: the rest stays as typed. */
export function replaceWord(query: string, word: string, replacement: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // A function, so that `$` in the replacement is taken as written.
  return query.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'), () => replacement);
}

/**
 * The label, in `lang`, of the button that shows what the first results leave out (more pages, or
 * more paragraphs of a page), or undefined when they leave nothing out.
 */
export function showAllLabel(
  answer: SearchAnswer,
  maxResults: number,
  maxParagraphs: number,
  lang: InterfaceLanguage,
): string | undefined {
  const total = answer.results.length;
  const paragraphs = answer.results.reduce((sum, result) => sum + result.paragraphs.length, 0);
  const hiddenParagraphs = answer.results.some(
    (result, i) => i >= maxResults || result.paragraphs.length > maxParagraphs,
  );
  if (total <= maxResults && !hiddenParagraphs) return undefined;
  const w = WORDS[lang];
  return total > maxResults ? w.showAll(total, paragraphs) : w.showEveryParagraph(paragraphs);
}
