import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES, interfaceLanguage, messages, wordsAttribute } from '../../src/lib/i18n/index';
import { themeWords } from '../../src/lib/i18n/client/theme';
import { citeWords } from '../../src/lib/i18n/client/cite';
import { templates } from '../../src/lib/i18n/client/templates';
import { formatDate } from '../../src/lib/text/dates';
import { pathLanguage } from '../../src/lib/site/versions';

type Tree = { readonly [key: string]: Tree | string | ((...args: never[]) => string) };

/** Every message of a catalogue by its path (`search.found`), strings and functions alike. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object') for (const [p, v] of leaves(value, path)) out.set(p, v);
    else out.set(path, value);
  }
  return out;
}

const english = leaves(messages('en') as unknown as Tree);
const others = INTERFACE_LANGUAGES.filter((lang) => lang !== 'en');

// Arguments that a message can only show as they are: each is found in the English text, so it
// must be found in every language's.
const marked = (arity: number): string[] => Array.from({ length: arity }, (_, i) => `‹arg${i}›`);
// Counts, for the plural forms: each language must say something for each, whatever its rules.
// Given as digits, which a number message and a text message both take (Intl.PluralRules reads
// `'21'` as 21); the forms themselves are checked below, one language at a time.
const COUNTS = ['0', '1', '2', '3', '5', '11', '21', '22', '25', '101'];

// Messages that are the same in every language: punctuation, and names that are not words.
const SAME_EVERYWHERE = new Set([
  'search.listSeparator',
  'search.groupSeparator',
  'search.didYouMeanEnd',
  'provenance.end',
  'downloads.pdf',
]);

describe('the message catalogues', () => {
  it('have English as the source: every message in English says something', () => {
    expect(english.size).toBeGreaterThan(100);
    for (const [path, message] of english) {
      if (typeof message === 'string') expect(message.length, path).toBeGreaterThan(0);
      else expect(typeof message, path).toBe('function');
    }
  });

  for (const lang of others) {
    describe(lang, () => {
      const catalogue = leaves(messages(lang) as unknown as Tree);

      it('has every key English has, and none English lacks', () => {
        expect([...catalogue.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('has no empty message, and a function where English has one', () => {
        for (const [path, message] of catalogue) {
          const source = english.get(path);
          expect(typeof message, path).toBe(typeof source);
          if (typeof message === 'string') expect(message.trim().length, path).toBeGreaterThan(0);
        }
      });

      it('takes the same arguments as English and shows the values English shows', () => {
        for (const [path, source] of english) {
          if (typeof source !== 'function') continue;
          const message = catalogue.get(path) as (...args: unknown[]) => string;
          expect(message.length, `${path}: arguments`).toBe(source.length);
          const args = marked(source.length);
          const shown = source(...args);
          const said = message(...args);
          expect(said.trim().length, path).toBeGreaterThan(0);
          for (const arg of args) if (shown.includes(arg)) expect(said, `${path} shows ${arg}`).toContain(arg);
          for (const n of COUNTS) {
            const counted = Array.from({ length: source.length }, () => n);
            const text = message(...counted);
            expect(text.trim().length, `${path}(${n})`).toBeGreaterThan(0);
            if (source(...counted).includes(n)) expect(text, `${path}(${n})`).toContain(n);
          }
        }
      });

      it('translates every message: none is left in English', () => {
        for (const [path, message] of catalogue) {
          if (SAME_EVERYWHERE.has(path)) continue;
          const source = english.get(path);
          const args = typeof source === 'function' ? marked(source.length) : [];
          const text = typeof message === 'function' ? (message as (...a: string[]) => string)(...args) : message;
          const englishText = typeof source === 'function' ? (source as (...a: string[]) => string)(...args) : source;
          expect(text, path).not.toBe(englishText);
        }
      });
    });
  }

  it('write Kazakh with the letters of Kazakh Cyrillic', () => {
    const text = [...leaves(messages('kk') as unknown as Tree).values()]
      .filter((message) => typeof message === 'string')
      .join(' ');
    for (const letter of ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і']) expect(text).toContain(letter);
  });
});

describe('plural forms', () => {
  it('follow Russian rules (one, few, many)', () => {
    const { topics, search } = messages('ru');
    expect([1, 2, 5, 21, 22, 25, 11].map(topics.figures)).toEqual([
      '1 ключевой показатель',
      '2 ключевых показателя',
      '5 ключевых показателей',
      '21 ключевой показатель',
      '22 ключевых показателя',
      '25 ключевых показателей',
      '11 ключевых показателей',
    ]);
    expect(search.found(1, false, 'героин', '', '')).toBe('Найден 1 результат по запросу «героин».');
    expect(search.found(3, false, 'героин', '', '')).toBe('Найдено 3 результата по запросу «героин».');
    expect(search.found(21, true, 'героин', '', '')).toBe('Найдено не менее 21 результата по запросу «героин».');
  });

  it('follow Kazakh rules: a noun after a numeral stays singular', () => {
    const { topics, search } = messages('kk');
    expect([1, 5].map(topics.figures)).toEqual(['1 негізгі көрсеткіш', '5 негізгі көрсеткіш']);
    expect(search.absent('«x»', 1)).toBe('«x»: бұл сөз мәтінде жоқ.');
    expect(search.absent('«x», «y»', 2)).toBe('«x», «y»: бұл сөздер мәтінде жоқ.');
  });

  it('keep English as the site has always said it', () => {
    const { topics, search } = messages('en');
    expect(topics.topicOf(2, 3)).toBe('Topic 2 of 3');
    expect([1, 2].map(topics.figures)).toEqual(['1 key figure', '2 key figures']);
    expect(search.found(2, true, 'drug', ' in Work plan', '')).toBe(
      'At least 2 results found for “drug” in Work plan.',
    );
  });
});

describe('the client words', () => {
  // What a script reads: its element's data-words, and <html lang> where there is none.
  const element = (words: string | undefined): HTMLElement =>
    ({ dataset: words === undefined ? {} : { words } }) as unknown as HTMLElement;
  const onPage = (lang: string, read: () => void): void => {
    const saved = globalThis.document;
    globalThis.document = { documentElement: { lang } } as unknown as Document;
    try {
      read();
    } finally {
      globalThis.document = saved;
    }
  };

  it('are carried by a page not in English, as the catalogue templates', () => {
    for (const lang of others) {
      expect(themeWords(element(wordsAttribute(lang, 'theme')))).toEqual(templates(messages(lang).theme));
      expect(citeWords(element(wordsAttribute(lang, 'cite')))).toEqual(templates(messages(lang).cite));
    }
    expect(templates(messages('ru').cite).accessed).toBe('{0} (дата обращения: {1}).');
  });

  it('are bundled in English, so an English page carries none and is as it was', () => {
    expect(wordsAttribute('en', 'theme')).toBeUndefined();
    expect(wordsAttribute('en', 'cite')).toBeUndefined();
    onPage('en', () => {
      expect(themeWords(element(undefined))).toEqual(templates(messages('en').theme));
      expect(citeWords(element(undefined))).toEqual(templates(messages('en').cite));
    });
    expect(messages('en').cite.accessed('A', '1 May 2026')).toBe('A (accessed 1 May 2026).');
  });

  it('are never English on a page in another language that carries none', () => {
    onPage('kk', () => {
      expect(() => themeWords(element(undefined))).toThrow(/^kk$/u);
      expect(() => citeWords(element(undefined))).toThrow(/^kk$/u);
    });
  });
});

describe('interfaceLanguage', () => {
  it('reads a page without a locale as English', () => {
    expect(interfaceLanguage(undefined)).toBe('en');
    // A page's language is its address's first segment (pageLanguage reads it under the base path).
    expect(pathLanguage('releases/r/')).toBe('en');
    expect(pathLanguage('kk/releases/r/')).toBe('kk');
    // Not the locale Astro would read from a later segment: the side-by-side page of an English
    // version with the Russian one is English.
    expect(pathLanguage('releases/r/parallel/ru/')).toBe('en');
  });

  it('refuses a language the interface does not speak, naming it', () => {
    expect(() => interfaceLanguage('de')).toThrow(/"de"/u);
    expect(() => interfaceLanguage('')).toThrow(/""/u);
  });
});

describe('formatDate', () => {
  const day = new Date(Date.UTC(2019, 0, 28));
  it('writes English dates as the site always has', () => {
    expect(formatDate(day)).toBe('28 January 2019');
    expect(formatDate(day, 'en')).toBe('28 January 2019');
  });

  it('writes Russian and Kazakh dates as their calendars do', () => {
    expect(formatDate(day, 'ru')).toBe('28 января 2019');
    expect(formatDate(day, 'kk')).toBe('2019 ж. 28 қаңтар');
  });
});
