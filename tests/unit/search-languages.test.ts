import { describe, expect, it } from 'vitest';
import { kazakhRules, kazakhStems } from '../../src/lib/search/search-kazakh';
import { wordRules } from '../../src/lib/search/search-languages';
import { highlightRange, matchWindow } from '../../src/lib/search/search-match';
import { searchText, type SearchEngine } from '../../src/lib/search/search-results';
import { russianRules, russianStem } from '../../src/lib/search/search-russian';
import { englishRules, parseQuery, splitWords, wordMatches, type WordRules } from '../../src/lib/search/search-query';
import { countWords, lexicon } from '../../src/lib/search/search-vocabulary';

const wordIn = (rules: WordRules) => (text: string) => {
  const [word] = parseQuery(text, rules).words;
  if (!word) throw new Error(`no word in ${text}`);
  return word;
};
const ru = wordIn(russianRules);
const kk = wordIn(kazakhRules);

/** The words of a text a query highlights. */
const marked = (text: string, query: string, rules: WordRules): string[] => {
  const tokens = splitWords(text);
  const parsed = parseQuery(query, rules);
  return [...matchWindow(tokens, parsed).marked]
    .sort((a, b) => a - b)
    .map((i) => {
      const token = tokens[i] ?? '';
      const { start, end } = highlightRange(token, parsed.words);
      return token.slice(start, end);
    });
};

describe('wordRules', () => {
  it('gives the rules of each language of the site, by the page’s language tag', async () => {
    expect(await wordRules('en')).toBe(englishRules);
    expect(await wordRules('en-GB')).toBe(englishRules);
    expect(await wordRules('ru')).toBe(russianRules);
    expect(await wordRules('kk')).toBe(kazakhRules);
    expect(await wordRules('KK-kz')).toBe(kazakhRules);
  });

  it('has no rules, and says so, for any other language or none', async () => {
    await expect(wordRules('')).rejects.toThrow('no word rules for the language ""');
    await expect(wordRules('de')).rejects.toThrow('"de"');
    await expect(wordRules('kaz')).rejects.toThrow('"kaz"');
  });
});

describe('Russian', () => {
  it('finds a word in its inflected forms, in any case', () => {
    for (const form of ['наркотиков', 'наркотиками', 'Наркотики,', '(наркотику)', 'НАРКОТИКОМ']) {
      expect(wordMatches(form, ru('наркотик')), form).toBe(true);
    }
    expect(wordMatches('наркотик', ru('наркотиками'))).toBe(true);
    expect(wordMatches('изъятых', ru('изъято'))).toBe(true);
    expect(wordMatches('Генеральной', ru('генеральный'))).toBe(true);
    expect(wordMatches('средствами', ru('средства'))).toBe(true);
  });

  it('never takes a beginning of a word, nor a derived word, for the word', () => {
    expect(wordMatches('наркотиков', ru('нар'))).toBe(false);
    expect(wordMatches('наркотиков', ru('наркот'))).toBe(false);
    expect(wordMatches('законность', ru('закон'))).toBe(false);
    expect(wordMatches('закона', ru('закон'))).toBe(true);
    expect(wordMatches('преступность', ru('преступления'))).toBe(false);
    expect(wordMatches('ответственность', ru('ответственный'))).toBe(false);
  });

  it('reads ё as е, either way', () => {
    expect(wordMatches('ещё', ru('еще'))).toBe(true);
    expect(wordMatches('еще', ru('ещё'))).toBe(true);
    expect(wordMatches('Её', ru('ее'))).toBe(true);
  });

  it('stems as Snowball’s Russian stemmer does, less its derivational step', () => {
    expect(russianStem('наркотиками')).toBe('наркотик');
    expect(russianStem('незаконного')).toBe('незакон');
    expect(russianStem('изъявшись')).toBe('изъя');
    expect(russianStem('получившись')).toBe('получ');
    expect(russianStem('новейший')).toBe('нов');
    expect(russianStem('тонн')).toBe('тон');
    expect(russianStem('законность')).toBe('законност');
    expect(russianStem('вгг')).toBe('вгг');
  });

  it('keeps numbers as written', () => {
    expect(wordMatches('1,5', ru('1,5'))).toBe(true);
    expect(wordMatches('1.5', ru('1,5'))).toBe(false);
    expect(wordMatches('17%', ru('17'))).toBe(true);
  });

  it('highlights the forms of the words asked for, not little words alone nor words that begin the same', () => {
    const text = 'Изъято 97 тонн наркотиков и наркотических средств, в том числе наркотиками (героин).';
    expect(marked(text, 'наркотик и средства', russianRules)).toEqual(['наркотиков', 'средств', 'наркотиками']);
    expect(marked(text, 'нар', russianRules)).toEqual([]);
    expect(parseQuery('наркотики и в средства', russianRules).required.map((part) => part.label)).toEqual([
      'наркотики',
      'средства',
    ]);
  });
});

describe('Kazakh', () => {
  it('finds a noun in its cases, possessives and plurals, in any case', () => {
    for (const form of ['есірткінің', 'есірткіге', 'Есірткісі', 'есірткісінің', 'есірткілер', 'ЕСІРТКІЛЕРДІҢ']) {
      expect(wordMatches(form, kk('есірткі')), form).toBe(true);
    }
    expect(wordMatches('есірткіге', kk('есірткінің'))).toBe(true);
    expect(wordMatches('Қазақстанда', kk('Қазақстан'))).toBe(true);
    expect(wordMatches('Қазақстан', kk('ҚАЗАҚСТАННАН'))).toBe(true);
    expect(wordMatches('Республикасының', kk('республика'))).toBe(true);
    expect(wordMatches('өкілдерінің', kk('өкіл'))).toBe(true);
    expect(wordMatches('еліміздің', kk('ел'))).toBe(true);
    expect(wordMatches('қылмысқа', kk('қылмыс'))).toBe(true);
    expect(wordMatches('тергеуге', kk('тергеу'))).toBe(true);
  });

  it('never takes a beginning of a word, nor a derived word, for the word', () => {
    expect(wordMatches('есірткінің', kk('ес'))).toBe(false);
    expect(wordMatches('есірткінің', kk('есірт'))).toBe(false);
    expect(wordMatches('қылмыстық', kk('қылмыс'))).toBe(false);
  });

  it('takes an ending off only in the form the grammar gives it there', () => {
    // Vowel harmony: ел takes front endings.
    expect(wordMatches('елдің', kk('ел'))).toBe(true);
    expect(wordMatches('елдың', kk('ел'))).toBe(false);
    // The first sound of an ending follows the last of the stem: кітап is voiceless, so -тың.
    expect(wordMatches('кітаптың', kk('кітап'))).toBe(true);
    expect(wordMatches('кітапдың', kk('кітап'))).toBe(false);
    // A bare vowel is not an ending: жеті (seven) is not жетті (reached), алты (six) not алтын (gold).
    expect(wordMatches('жетті', kk('жеті'))).toBe(false);
    expect(wordMatches('алтын', kk('алты'))).toBe(false);
    expect(wordMatches('алтында', kk('алты'))).toBe(false);
    expect(wordMatches('қалды', kk('қала'))).toBe(false);
  });

  it('reads each stem a word can be, leaving two letters with a vowel at least', () => {
    expect(kazakhStems('есірткісінің')).toEqual(['есірткісінің', 'есірткісі', 'есірткі']);
    expect(kazakhStems('елге')).toEqual(['елге', 'ел']);
    expect(kazakhStems('ге')).toEqual(['ге']);
    expect(kazakhStems('мнда')).toEqual(['мнда']);
  });

  it('folds the Kazakh letters and keeps numbers as written', () => {
    expect(kazakhRules.fold('ӘҒҚҢӨҰҮҺІ')).toBe('әғқңөұүһі');
    expect(wordMatches('1,5', kk('1,5'))).toBe(true);
    expect(wordMatches('1.5', kk('1,5'))).toBe(false);
  });

  it('highlights the forms of the words asked for, not little words alone', () => {
    const text = 'Бас прокуратураның мәліметінше, есірткінің 97 тоннасы және есірткіге қатысты 40 іс.';
    expect(marked(text, 'есірткі және прокуратура', kazakhRules)).toEqual([
      'прокуратураның',
      'есірткінің',
      'есірткіге',
    ]);
    expect(marked(text, 'ес', kazakhRules)).toEqual([]);
  });
});

describe('a search in a language', () => {
  /** An engine that records what it was asked for and offers one page. */
  const recording = (content: string) => {
    const asked: string[] = [];
    const engine: SearchEngine = {
      search: (query) => {
        asked.push(query);
        const data = async () => ({ url: '/releases/r/', content, meta: { title: 'r' }, anchors: [] });
        return Promise.resolve({ results: [{ id: '1', data }] });
      },
    };
    return { asked, engine };
  };

  it('asks Pagefind, which does not stem Kazakh, for a word’s shortest stem, and checks what it finds', async () => {
    const content = 'Есірткінің 97 тоннасы тәркіленді.';
    const { asked, engine } = recording(content);
    const answer = await searchText(engine, lexicon(countWords([content]), kazakhRules), 'есірткіге');
    expect(asked).toEqual(['есірткі']);
    expect(answer.foundAs).toEqual([{ typed: 'есірткіге', forms: ['есірткінің'] }]);
    expect(answer.results[0]?.segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual([
      'Есірткінің',
    ]);
  });

  it('asks Pagefind, which stems Russian, for the words as typed', async () => {
    const content = 'Изъято 97 тонн наркотиков.';
    const { asked, engine } = recording(content);
    const answer = await searchText(engine, lexicon(countWords([content]), russianRules), 'наркотики');
    expect(asked).toEqual(['наркотики']);
    expect(answer.absent).toEqual([]);
    expect(answer.foundAs).toEqual([{ typed: 'наркотики', forms: ['наркотиков'] }]);
  });

  it('tells a word that is not in the text, by the rules of its language', async () => {
    const content = 'Изъято 97 тонн наркотиков.';
    const { asked, engine } = recording(content);
    const answer = await searchText(engine, lexicon(countWords([content]), russianRules), 'нар');
    expect(answer.absent).toEqual(['нар']);
    expect(asked).toEqual([]);
  });
});
