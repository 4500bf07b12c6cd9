import { describe, expect, it } from 'vitest';
import { findWords, splitSentences } from '../../src/lib/text/sentences';
import { findWrittenNumber, numbersIn, parseWrittenNumber } from '../../src/lib/text/written-numbers';
import { formatWhen, missingParts, parseWhen, whenSortKey } from '../../src/schemas/when';
import { line } from '../helpers/source';

describe('splitSentences', () => {
  it('splits a paragraph after full stops followed by a capital', () => {
    expect(splitSentences(line(6))).toEqual([
      'December 21, 2018, Astana.',
      'Under the chairmanship of General Prosecutor Kairat Kozhamzharov, there was a meeting of the Coordinating Council of law enforcement agencies, where they considered issues of countering drug-related crime and the return of stolen assets.',
    ]);
  });

  it('does not split after an initial, and keeps a closing quote with its sentence', () => {
    const quote = line(34);
    // The published paragraph opens with a no-break space before the quotation mark.
    expect(quote.startsWith('\u00a0“A broad')).toBe(true);
    const sentences = splitSentences(quote);
    expect(sentences).toHaveLength(2);
    expect(sentences[1]).toMatch(/^This is very relevant .* the year of the youth, ” K\. Kozhamzharov said\.$/u);
  });

  it('leaves a one-sentence paragraph whole and splits on ? and !', () => {
    expect(splitSentences('Only 30% of criminal cases are open against drug dealers.')).toEqual([
      'Only 30% of criminal cases are open against drug dealers.',
    ]);
    expect(splitSentences('Is it? Yes! “Quoted.” Next one.')).toEqual(['Is it?', 'Yes!', '“Quoted.”', 'Next one.']);
  });

  it('does not split where no capital follows', () => {
    expect(splitSentences('It rose by 1.5 points. it went on.')).toEqual(['It rose by 1.5 points. it went on.']);
  });
});

describe('findWords', () => {
  it('finds whole words only', () => {
    expect(findWords('He also directed the Health ministry', 'He')).toEqual([0]);
    expect(findWords('The Head of State', 'He')).toEqual([]);
    expect(findWords('the Ministry of Education to review', 'Ministry of Education')).toEqual([4]);
  });

  it('needs no boundary where the words end in punctuation', () => {
    expect(findWords('by 9%, the number', '9%,')).toEqual([3]);
  });
});

describe('parseWrittenNumber', () => {
  it.each([
    ['387', 387],
    ['1,5 thousand', 1500],
    ['2.5 million', 2_500_000],
    ['1,500', 1500],
    ['1 500', 1500],
    ['0,75', 0.75],
  ])('reads %s as %d', (written, value) => {
    expect(parseWrittenNumber(written)).toBe(value);
  });

  it.each(['', 'many', '1,5 thousands', '12a', '1,50,0'])('refuses %j', (written) => {
    expect(parseWrittenNumber(written)).toBeUndefined();
  });
});

describe('findWrittenNumber', () => {
  const sentence = 'Detection of drug dealers decreased in 2017 by 15%, in the current one by 30%.';

  it('finds a whole number followed by its unit', () => {
    expect(findWrittenNumber(sentence, '30', '%')).toEqual([sentence.indexOf('30%')]);
    expect(findWrittenNumber('including 387 kg of heroin', '387', 'kg')).toEqual([10]);
  });

  it('does not find a number inside a longer one', () => {
    expect(findWrittenNumber('in 2030, 300 and 1,30 cases', '30')).toEqual([]);
    expect(findWrittenNumber(sentence, '01')).toEqual([]);
  });

  it('does not accept another unit, or a unit that only begins the same way', () => {
    expect(findWrittenNumber('97 tons of drugs', '97', 'kg')).toEqual([]);
    expect(findWrittenNumber('97 tonsils', '97', 'tons')).toEqual([]);
  });

  it('lists the numbers of a text as written', () => {
    expect(numbersIn('found illegal 1,5 thousand sentences in 2017').map((n) => n.written)).toEqual(['1,5', '2017']);
  });
});

describe('parseWhen', () => {
  it('reads years, months, days and periods', () => {
    expect(parseWhen('2018-12-21')).toEqual({ start: { year: 2018, month: 12, day: 21 } });
    expect(parseWhen('2019-01/2019-06')).toEqual({ start: { year: 2019, month: 1 }, end: { year: 2019, month: 6 } });
    expect(parseWhen('2016')).toEqual({ start: { year: 2016 } });
  });

  it.each(['2019-13', '2019-02-30', '2019-06/2019-01', '19', '2019/', 'next year', '2015/2016/2017'])(
    'refuses %j',
    (text) => {
      expect(parseWhen(text)).toBeUndefined();
    },
  );

  it('writes dates and periods in words', () => {
    expect(formatWhen(parseWhen('2018-12-21')!)).toBe('21 December 2018');
    expect(formatWhen(parseWhen('2019-01/2019-06')!)).toBe('January 2019 to June 2019');
  });

  it('orders by start, the shorter first', () => {
    const keys = ['2019', '2018-12-21', '2018', '2015/2018-12-21', '2019-01/2019-06'].map((t) =>
      whenSortKey(parseWhen(t)!),
    );
    expect([...keys].sort()).toEqual([keys[3], keys[2], keys[1], keys[0], keys[4]]);
  });

  it('tells which parts of a date its words do not show', () => {
    expect(missingParts(parseWhen('2018-12-21')!, 'December 21, 2018')).toEqual([]);
    expect(missingParts(parseWhen('2018')!, 'the current one')).toEqual(['2018']);
    expect(missingParts(parseWhen('2019-01/2019-06')!, 'the first half of 2019')).toEqual(['January', 'June']);
    expect(missingParts(parseWhen('2018-12-12')!, 'December 21, 2018')).toEqual(['12']);
  });
});
