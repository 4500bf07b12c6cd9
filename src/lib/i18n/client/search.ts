// What the search dialog's script says, in each language (search-messages.ts, search-ui.ts): a
// module of its own, so that the search bundle, loaded when the search is first opened, carries
// these words and no others.
// English is the source; Russian and Kazakh are typed against it (a missing or extra key does not
// type-check) and checked by tests/unit/messages.test.ts.
// AWAITING REVIEW: the Russian and Kazakh words were written without a fluent speaker's reading; to
// be reviewed by one before Russian or Kazakh pages are published.
import type { Catalogue } from '../catalogue.ts';
import type { InterfaceLanguage } from '../languages.ts';

const capitalisedEn = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const countEn = (total: number, atLeast: boolean, one: string, many: string): string =>
  capitalisedEn(`${atLeast ? 'at least ' : ''}${total} ${total === 1 ? one : many}`);

const en = {
  quote: (word: string) => `“${word}”`,
  listSeparator: ', ',
  groupSeparator: '; ',
  or: ' or ',
  where: (topic: string) => ` in ${topic}`,
  firstShown: (max: number) => `, the first ${max} shown`,
  tooCommon: (quoted: string) => `${quoted} is too common to search for on its own: add a word.`,
  notTogether: (query: string, where: string) =>
    `No results for “${query}”${where}: the words are in the text, but not together in this order.`,
  noResults: (query: string, where: string) => `No results for “${query}”${where}.`,
  found: (total: number, atLeast: boolean, query: string, where: string, shown: string) =>
    `${countEn(total, atLeast, 'result', 'results')} found for “${query}”${where}${shown}.`,
  foundAs: (parts: string) => ` Searched as the text writes it: ${parts}.`,
  foundAsPart: (forms: string, typed: string) => `${forms} for “${typed}”`,
  absent: (words: string, n: number) => `${words} ${n === 1 ? 'is' : 'are'} not in the text.`,
  absentNoOthers: (absent: string, others: string, where: string) =>
    `${absent} No results for ${others}${where} either.`,
  absentOthers: (absent: string, total: number, atLeast: boolean, others: string, where: string, shown: string) =>
    `${absent} ${countEn(total, atLeast, 'result holds', 'results hold')} ${others}${where}${shown}:`,
  didYouMean: 'Did you mean ',
  didYouMeanEnd: '?',
  showAll: (total: number, paragraphs: number) =>
    `Show all ${total} results${paragraphs > 0 ? ` and every paragraph that holds the words (${paragraphs})` : ''}`,
  showEveryParagraph: (paragraphs: number) => `Show every paragraph that holds the words (${paragraphs})`,
  someWords: '(some of the words)',
  /** The topic labels the index keeps in English, as a result shows them: the overview and the release data. */
  topics: { Overview: 'Overview', 'Release data': 'Release data' } as Record<string, string>,
  loading: 'Loading the search index…',
  unavailable: 'Search is not available: its index could not be loaded.',
};

/** The search's words in one language. */
export type SearchWords = Catalogue<typeof en>;

const ruRules = new Intl.PluralRules('ru');
/** The form of a Russian word for `n`: 1, 21 → one; 2–4, 22–24 → few; 5–20, 25… → many. */
const ruPlural = (n: number, one: string, few: string, many: string): string => {
  const category = ruRules.select(n);
  return category === 'one' ? one : category === 'few' ? few : many;
};
/** `найдено 5 результатов`, `найден 1 результат`, `найдено не менее 21 результата`. */
const ruFound = (total: number, atLeast: boolean): string =>
  atLeast
    ? `найдено не менее ${total} ${ruPlural(total, 'результата', 'результатов', 'результатов')}`
    : `${ruPlural(total, 'найден', 'найдено', 'найдено')} ${total} ${ruPlural(total, 'результат', 'результата', 'результатов')}`;
const ruCapitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const ru: SearchWords = {
  quote: (word) => `«${word}»`,
  listSeparator: ', ',
  groupSeparator: '; ',
  or: ' или ',
  where: (topic) => ` в теме «${topic}»`,
  firstShown: (max) => `, показаны первые ${max}`,
  tooCommon: (quoted) => `${quoted} — слишком частое слово, чтобы искать только его: добавьте ещё одно слово.`,
  notTogether: (query, where) =>
    `По запросу «${query}»${where} ничего не найдено: эти слова есть в тексте, но не стоят рядом в таком порядке.`,
  noResults: (query, where) => `По запросу «${query}»${where} ничего не найдено.`,
  found: (total, atLeast, query, where, shown) =>
    `${ruCapitalised(ruFound(total, atLeast))} по запросу «${query}»${where}${shown}.`,
  foundAs: (parts) => ` Искали так, как слово написано в тексте: ${parts}.`,
  foundAsPart: (forms, typed) => `${forms} вместо «${typed}»`,
  absent: (words, n) => `${words}: ${ruPlural(n, 'этого слова', 'этих слов', 'этих слов')} нет в тексте.`,
  absentNoOthers: (absent, others, where) => `${absent} По запросу ${others}${where} тоже ничего не найдено.`,
  absentOthers: (absent, total, atLeast, others, where, shown) =>
    `${absent} По запросу ${others}${where} ${ruFound(total, atLeast)}${shown}:`,
  didYouMean: 'Возможно, вы имели в виду ',
  didYouMeanEnd: '?',
  showAll: (total, paragraphs) =>
    `Показать все ${total} ${ruPlural(total, 'результат', 'результата', 'результатов')}${paragraphs > 0 ? ` и все абзацы, где есть эти слова (${paragraphs})` : ''}`,
  showEveryParagraph: (paragraphs) => `Показать все абзацы, где есть эти слова (${paragraphs})`,
  someWords: '(только часть слов)',
  topics: { Overview: 'Обзор', 'Release data': 'Данные релиза' },
  loading: 'Загружается поисковый индекс…',
  unavailable: 'Поиск недоступен: не удалось загрузить поисковый индекс.',
};

const kkRules = new Intl.PluralRules('kk');
/** The form of a Kazakh phrase for `n` (one, other); a noun after a numeral stays singular. */
const kkPlural = (n: number, one: string, other: string): string => (kkRules.select(n) === 'one' ? one : other);

const kk: SearchWords = {
  quote: (word) => `«${word}»`,
  listSeparator: ', ',
  groupSeparator: '; ',
  or: ' немесе ',
  where: (topic) => ` «${topic}» тақырыбында`,
  firstShown: (max) => `, алғашқы ${max} нәтиже көрсетілді`,
  tooCommon: (quoted) => `${quoted} — тым жиі кездесетін сөз, оны жалғыз іздеуге болмайды: тағы бір сөз қосыңыз.`,
  notTogether: (query, where) =>
    `«${query}» сұрауы бойынша${where} ештеңе табылмады: бұл сөздер мәтінде бар, бірақ осы ретпен қатар тұрмайды.`,
  noResults: (query, where) => `«${query}» сұрауы бойынша${where} ештеңе табылмады.`,
  found: (total, atLeast, query, where, shown) =>
    `«${query}» сұрауы бойынша${where} ${atLeast ? 'кемінде ' : ''}${total} нәтиже табылды${shown}.`,
  foundAs: (parts) => ` Мәтінде қалай жазылса, солай ізделді: ${parts}.`,
  foundAsPart: (forms, typed) => `«${typed}» орнына ${forms}`,
  absent: (words, n) => `${words}: ${kkPlural(n, 'бұл сөз', 'бұл сөздер')} мәтінде жоқ.`,
  absentNoOthers: (absent, others, where) => `${absent}${where} ${others} бойынша да ештеңе табылмады.`,
  absentOthers: (absent, total, atLeast, others, where, shown) =>
    `${absent}${where} ${others} ${atLeast ? 'кемінде ' : ''}${total} нәтижеде кездеседі${shown}:`,
  didYouMean: 'Мүмкін, мына сөзді іздедіңіз бе: ',
  didYouMeanEnd: '?',
  showAll: (total, paragraphs) =>
    `Барлық ${total} нәтижені${paragraphs > 0 ? ` және осы сөздер кездесетін барлық абзацты (${paragraphs})` : ''} көрсету`,
  showEveryParagraph: (paragraphs) => `Осы сөздер кездесетін барлық абзацты көрсету (${paragraphs})`,
  someWords: '(сөздердің бір бөлігі ғана)',
  topics: { Overview: 'Шолу', 'Release data': 'Релиз деректері' },
  loading: 'Іздеу индексі жүктелуде…',
  unavailable: 'Іздеу қолжетімсіз: іздеу индексін жүктеу мүмкін болмады.',
};

/** The search's words, by language. */
export const WORDS: Readonly<Record<InterfaceLanguage, SearchWords>> = { en, ru, kk };
