import { describe, expect, it } from 'vitest';
import { glyphProblems, type PrintedRelease } from '../../src/lib/fonts/glyph-check';
import { loadSerifFonts } from '../../src/lib/fonts/serif-fonts';

/** A release whose texts are given, its one topic holding paragraph 2. */
function release(texts: {
  paragraph?: string;
  title?: string;
  label?: string;
  headline?: string;
  attribution?: string;
}): PrintedRelease {
  return {
    entry: {
      id: 'r',
      filePath: 'r/index.mdx',
      data: {
        headline: texts.headline ?? 'A headline',
        attribution: texts.attribution ?? 'Press Service',
        issuer: 'Office',
        meeting: { place: 'Astana' },
      },
    },
    topics: [
      {
        id: 'r/t',
        filePath: 'r/topics/t.mdx',
        data: { title: texts.title ?? 'A title', label: texts.label ?? 'A label' },
      },
    ],
    published: { paragraphs: ['The lead.', texts.paragraph ?? 'A paragraph.'] },
    leadParagraphs: [1],
    topicParagraphs: new Map([['r/t', [2]]]),
  };
}

describe('glyphProblems', () => {
  it('passes Cyrillic with every Kazakh letter, in the text, titles and labels', async () => {
    const kazakh = 'Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі «Атамекен» Өскемен';
    const fonts = await loadSerifFonts();
    expect(
      glyphProblems(release({ paragraph: kazakh, title: kazakh, label: kazakh, headline: kazakh }), fonts),
    ).toEqual([]);
  });

  it('names the file and field of each text with a character the PDF or a card cannot draw', async () => {
    const fonts = await loadSerifFonts();
    const problems = glyphProblems(release({ paragraph: 'He 中 focused.', title: 'A 中 title', label: 'ok' }), fonts);
    expect(
      problems.map(
        (problem) => `${problem.file}: ${problem.field}: ${problem.what.replace(/\(SourceSerif4[^)]*\)/u, '(…)')}`,
      ),
    ).toEqual([
      'r/topics/t.mdx: paragraph 2: the PDF\'s and cards\' regular font (…) has no glyph for "中" (U+4E2D)',
      'r/topics/t.mdx: title: the PDF\'s and cards\' bold font (…) has no glyph for "中" (U+4E2D)',
    ]);
  });

  it('checks the attribution in the italic face and each label in capitals, as the card prints it', async () => {
    const fonts = await loadSerifFonts();
    const problems = glyphProblems(release({ attribution: 'Press 中 Service', label: 'Drugs 中' }), fonts);
    expect(
      problems.map((problem) => [problem.file, problem.field, /(regular|bold|italic) font/u.exec(problem.what)?.[1]]),
    ).toEqual([
      ['r/topics/t.mdx', 'label', 'regular'],
      ['r/index.mdx', 'attribution', 'italic'],
    ]);
  });
});
