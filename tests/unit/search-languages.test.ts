import { describe, expect, it } from 'vitest';
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
  });

  it('has no rules, and says so, for any other language or none', async () => {
    await expect(wordRules('')).rejects.toThrow('no word rules for the language ""');
    await expect(wordRules('de')).rejects.toThrow('"de"');
    await expect(wordRules('kk')).rejects.toThrow('"kk"');
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
