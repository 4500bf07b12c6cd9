// Russian words as the search compares them: the Snowball Russian stemmer, the one Pagefind indexes
// Russian pages with, less its derivational step. Pagefind's stemmer finds the candidate pages;
// this one decides which words of them match: a form of the same word (наркотик, наркотиков,
// наркотиками), never a word that merely begins the same (нар) nor a word derived from it
// (законность is not закон). Written from the published algorithm
// (snowballstem.org/algorithms/russian/stemmer.html).
import type { WordRules } from './search-query.ts';

/** Endings of a class, each with whether it is removed only after а or я (the algorithm's group 1). */
type Endings = readonly (readonly [ending: string, afterA: boolean])[];

const endings = (afterA: string, plain: string): Endings => [
  ...afterA.split(' ').map((ending) => [ending, true] as const),
  ...plain.split(' ').map((ending) => [ending, false] as const),
];

const PERFECTIVE_GERUND = endings('в вши вшись', 'ив ивши ившись ыв ывши ывшись');
const ADJECTIVE = endings('', 'ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею');
const PARTICIPLE = endings('ем нн вш ющ щ', 'ивш ывш ующ');
const REFLEXIVE = endings('', 'ся сь');
const VERB = endings(
  'ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно',
  'ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю',
);
const NOUN = endings(
  '',
  'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я',
);

/**
 * `region` without the longest ending of a class it ends with, or undefined when it ends with none,
 * or when that ending is one removed only after а or я and it does not follow one. As in Snowball,
 * a shorter ending is not tried when the longest one cannot be removed.
 */
function removeEnding(region: string, list: Endings): string | undefined {
  let found: (typeof list)[number] | undefined;
  for (const entry of list) if (region.endsWith(entry[0]) && entry[0].length > (found?.[0].length ?? 0)) found = entry;
  if (!found) return undefined;
  const rest = region.slice(0, -found[0].length);
  if (found[1] && !/[ая]$/u.test(rest)) return undefined;
  return rest;
}

/** The stem of a folded Russian word. */
export function russianStem(word: string): string {
  // The endings are looked for after the first vowel only (the algorithm's RV).
  const first = word.search(/[аеиоуыэюя]/u);
  if (first < 0) return word;
  const head = word.slice(0, first + 1);
  let rv = word.slice(first + 1);
  // Step 1: a perfective gerund; else a reflexive ending, then an adjectival, verb or noun ending.
  const gerund = removeEnding(rv, PERFECTIVE_GERUND);
  if (gerund !== undefined) rv = gerund;
  else {
    rv = removeEnding(rv, REFLEXIVE) ?? rv;
    const adjective = removeEnding(rv, ADJECTIVE);
    if (adjective !== undefined) rv = removeEnding(adjective, PARTICIPLE) ?? adjective;
    else rv = removeEnding(rv, VERB) ?? removeEnding(rv, NOUN) ?? rv;
  }
  // Step 2: a final и.
  if (rv.endsWith('и')) rv = rv.slice(0, -1);
  // Step 3, derivational -ость, is left out: it would make законность a form of закон.
  // Step 4: a superlative ending, then a doubled н, or else a soft sign.
  const superlative = /ейше?$/u.exec(rv);
  if (superlative) rv = rv.slice(0, superlative.index);
  if (rv.endsWith('нн')) rv = rv.slice(0, -1);
  else if (!superlative && rv.endsWith('ь')) rv = rv.slice(0, -1);
  return head + rv;
}

/** Russian: Snowball's stemmer less its derivational step; ё read as е, as Pagefind's stemmer reads it. */
export const russianRules: WordRules = {
  lang: 'ru',
  fold: (word) => word.toLowerCase().replace(/ё/gu, 'е'),
  stems: (word) => [russianStem(word)],
  little: new Set(
    (
      'а без бы был была были было быть в во вот все всех да для до его ее если есть же за и из или им их к ' +
      'как ко ли на над не ни но о об обо он она они оно от по под при с со так также то у что чтобы это этот'
    ).split(' '),
  ),
  searchByStem: false,
};
