// Kazakh words as the search compares them. Pagefind has no Kazakh stemmer (it indexes Kazakh
// words as written and finds them by their beginning), and none of the usual ones is small and
// maintained, so the forms of a word are read here, by a rule limited on purpose to the endings of
// nouns that Kazakh grammar writes with certainty: a case, a possessive, a plural, in that order
// from the end. An ending comes off only in the form the grammar gives it after what precedes it
// (its first sound after a vowel, a sonorant, a nasal, a voiced or a voiceless consonant; its vowel
// back or front as the word's last vowel), and only where a stem of two letters or more, with a
// vowel, is left. A word's stems are itself and each reading of it as such a form; two words match
// when they share one (есірткі, есірткінің, есірткіге, есірткісі), never because one begins the
// other, nor through a derivation (қылмыс is not қылмыстық).
import type { WordRules } from './search-query.ts';

/** What the last letter of a stem is, for the first sound of the ending after it. */
type Sound =
  /** A vowel. */
  | 'V'
  /** р, у, й. */
  | 'R'
  /** л. */
  | 'L'
  /** A nasal: м, н, ң. */
  | 'N'
  /** A voiced consonant: ж, з. */
  | 'Z'
  /** A voiceless consonant, and б, в, г, д, which end a word voiceless. */
  | 'T';

function sound(letter: string | undefined): Sound | undefined {
  if (letter === undefined) return undefined;
  if ('аәеёиоөұүыіэюя'.includes(letter)) return 'V';
  if ('руй'.includes(letter)) return 'R';
  if (letter === 'л') return 'L';
  if ('мнң'.includes(letter)) return 'N';
  if ('жз'.includes(letter)) return 'Z';
  if ('кқпстшфхцчщбвгдғһ'.includes(letter)) return 'T';
  return undefined;
}

/** Whether the last vowel of a stem is back or front; undefined where it says neither (и, у, ю, ё). */
function harmony(stem: string): 'back' | 'front' | undefined {
  const vowel = /[аоұыяәеөүіэиуюё](?!.*[аоұыяәеөүіэиуюё])/u.exec(stem)?.[0] ?? '';
  if ('аоұыя'.includes(vowel)) return 'back';
  if ('әеөүіэ'.includes(vowel)) return 'front';
  return undefined;
}

/** An ending: its back and front forms, and the sounds it follows (`P`: a possessive). */
type Ending = readonly [back: string, front: string, after: string];

const table = (rows: string): Ending[] => rows.split(', ').map((row) => row.split(' ') as unknown as Ending);

/** The cases: genitive, accusative, dative, locative, its attributive -ғы, ablative, instrumental. */
const CASES = table(
  'ның нің VN, дың дің RLZ, тың тің T, ны ні V, ды ді RLNZ, ты ті T, ға ге VRLNZ, қа ке T, ' +
    'да де VRLNZ, та те T, дағы дегі VRLNZ, тағы тегі T, дан ден VRLZ, нан нен N, тан тен T, ' +
    'мен мен VRLN, бен бен Z, пен пен T, н н P, на не P, нда нде P, ндағы ндегі P, нан нен P',
);
/** The possessives of the third person (after a vowel, or after a plural) and of the first plural. */
const POSSESSIVES = table('сы сі V, ы і S, мыз міз V, ымыз іміз RLNZT');
const PLURALS = table('лар лер VR, дар дер LNZ, тар тер T');

/** The stems left by taking one ending of a table off a word, where the grammar allows it. */
function strip(word: string, endings: readonly Ending[]): string[] {
  return endings.flatMap(([back, front, after]) => {
    const form = word.endsWith(back) ? back : word.endsWith(front) ? front : undefined;
    if (form === undefined) return [];
    const stem = word.slice(0, -form.length);
    if (stem.length < 2 || !/[аәеёиоөұүыіэюя]/u.test(stem)) return [];
    const vowels = harmony(stem);
    if (back !== front && vowels !== undefined && form !== (vowels === 'back' ? back : front)) return [];
    // After a possessive (`P`), or a possessive after a plural (`S`), or after a sound.
    const follows =
      after === 'P'
        ? strip(stem, POSSESSIVES).length > 0
        : after === 'S'
          ? strip(stem, PLURALS).length > 0
          : after.includes(sound(stem.at(-1)) ?? '-');
    return follows ? [stem] : [];
  });
}

/** A folded Kazakh word and each stem it can be read as: without a case, a possessive, a plural. */
export function kazakhStems(word: string): string[] {
  const stems = new Set([word]);
  const add = (found: readonly string[], next: (stem: string) => void): void => {
    for (const stem of found) {
      stems.add(stem);
      next(stem);
    }
  };
  const plural = (stem: string): void => add(strip(stem, PLURALS), () => undefined);
  const possessive = (stem: string): void => {
    add(strip(stem, POSSESSIVES), plural);
    plural(stem);
  };
  add(strip(word, CASES), possessive);
  possessive(word);
  return [...stems];
}

/** Kazakh: the forms of nouns read by kazakhStems; ё read as е, as in Russian. */
export const kazakhRules: WordRules = {
  lang: 'kk',
  fold: (word) => word.toLowerCase().replace(/ё/gu, 'е'),
  stems: kazakhStems,
  little: new Set(
    (
      'ал арқылы бен бірақ бойынша бұл да де және мен не немесе ол олар оның осы пен сол та те туралы ' +
      'үшін ғана әрі'
    ).split(' '),
  ),
  searchByStem: true,
};
