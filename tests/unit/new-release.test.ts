import { describe, expect, it } from 'vitest';
import {
  addressWords,
  attributionIssuer,
  evenRuns,
  leadMeeting,
  normaliseCapture,
  topicNames,
} from '../../scripts/lib/new-release';

describe('normaliseCapture', () => {
  it('undoes a byte-order mark, CRLF, trailing blanks and blank lines in a row, and says so', () => {
    const raw = '\uFEFFHeadline \r\n\r\n\r\n\r\nDate line\t\r\n\r\nParagraph\r\n\r\n\r\n';
    expect(normaliseCapture(raw)).toEqual({
      text: 'Headline\n\nDate line\n\nParagraph\n',
      changes: [
        'removed a byte-order mark',
        'CRLF line ends → LF (9 lines)',
        'removed trailing spaces or tabs on 2 lines',
        'removed 2 blank lines at the end',
        'blank lines in a row → one blank line (1 place)',
      ],
    });
  });

  it('keeps every other character, a no-break space and a byte-order mark inside the text among them', () => {
    const text = 'Head\u00A0line\n\nA\uFEFFB\n';
    expect(normaliseCapture(text)).toEqual({ text, changes: [] });
  });
});

describe('the names and fields read from a captured text', () => {
  it('make an address of at most the words asked, in ASCII, without small words', () => {
    expect(addressWords('At the General Prosecutor’s Office they discussed issues of the return', 6)).toBe(
      'general-prosecutors-office-discussed-issues-return',
    );
    expect(addressWords('Совещание в Өскемен: «Атамекен» и Әділет', 6)).toBe('soveshchanie-oskemen-atameken-adilet');
    expect(addressWords('Café 中文', 6)).toBe('cafe');
  });

  it('read the meeting at the start of the lead, or say that the lead does not give it', () => {
    expect(leadMeeting('12.04.2019, Өскемен. The council met.', 'x.txt')).toEqual({
      date: new Date('2019-04-12T00:00:00Z'),
      place: 'Өскемен',
    });
    expect(() => leadMeeting('The council met in Astana.', 'x.txt')).toThrow(/^x\.txt: paragraph 1: /u);
  });

  it('take the office a press service speaks for, or the whole attribution', () => {
    expect(attributionIssuer("Press Service of the General Prosecutor's Office")).toBe("General Prosecutor's Office");
    expect(attributionIssuer('Пресс-служба Генеральной прокуратуры')).toBe('Пресс-служба Генеральной прокуратуры');
  });

  it('split paragraphs into runs in order, as even as can be', () => {
    expect(evenRuns([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(evenRuns([1, 2, 3, 4, 5, 6, 7], 3)).toEqual([
      [1, 2, 3],
      [4, 5],
      [6, 7],
    ]);
  });

  it('name topics once each, never as a page of the release', () => {
    expect(topicNames(['Full text.', 'Full text!', '中文'])).toEqual(['full-text-2', 'full-text-3', 'topic-3']);
  });
});
