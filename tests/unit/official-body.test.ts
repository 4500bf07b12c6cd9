import { describe, expect, it } from 'vitest';
import { bodyParagraphs, invisibleDifference, readOfficialBody } from '../../src/lib/text/official-body';

const file = 'content/x/topics/t.mdx';

describe('readOfficialBody', () => {
  it('reads paragraphs and data panels in order, paragraphs with white space collapsed', () => {
    const body = 'First para\nwraps.\n\n<KeyFigure id="heroin-seized" />\n\nSecond.\n';
    expect(readOfficialBody(body, file, 1)).toEqual([
      { kind: 'paragraph', text: 'First para wraps.', line: 1 },
      { kind: 'component', name: 'KeyFigure', id: 'heroin-seized', line: 4 },
      { kind: 'paragraph', text: 'Second.', line: 6 },
    ]);
  });

  it('reads a paragraph written right under a panel as a paragraph of its own, as it renders', () => {
    const blocks = readOfficialBody('<KeyFigure id="a" />\n97 tons of various drugs were seized.\n', file, 1);
    expect(bodyParagraphs(blocks)).toEqual(['97 tons of various drugs were seized.']);
  });

  it('keeps the original quirks: straight quotes, a space before a closing quote, "1,5"', () => {
    const text = "Prosecutor's checks found 1,5 thousand, ” K. Kozhamzharov said.";
    expect(bodyParagraphs(readOfficialBody(text, file, 1))).toEqual([text]);
  });

  const refused: [string, string, RegExp][] = [
    [
      'an export that replaces how paragraphs render',
      'Text.\n\nexport const components = { p: () => null }\n',
      /:3: body: .*import or export/u,
    ],
    [
      'a layout',
      'export default function Layout(props) { return props.children }\n\nText.\n',
      /:1: body: .*import or export/u,
    ],
    ['an import that runs code', "import fs from 'node:fs'\n\nText.\n", /:1: body: .*import or export/u],
    ['an expression', 'Text.\n\n{"Invented paragraph"}\n', /:3: body: .*expression/u],
    ['an expression inside a paragraph', 'Text {"more"} here.\n', /:1: body: .*expression/u],
    [
      'a panel sharing a line with text',
      '<KeyFigure id="a" /> 97 tons of various drugs were seized.\n',
      /:1: body: <KeyFigure>/u,
    ],
    ['text before a panel on its line', 'Seized. <Instruction id="a" />\n', /:1: body: <Instruction>/u],
    ['raw HTML', 'Text.\n\n<p>Invented.</p>\n', /:3: body: <p> is not one of the data panels/u],
    ['another component', '<Figure id="a" />\n', /:1: body: <Figure>/u],
    [
      'a panel with an expression attribute',
      '<KeyFigure id={"a"} />\n',
      /:1: body: <KeyFigure> takes exactly one attribute/u,
    ],
    ['a panel with content', '<KeyFigure id="a">Invented</KeyFigure>\n', /:1: body: .*holds content/u],
    ['a heading', '# Title\n', /:1: body: a <h1> is not official text/u],
    ['a list', '1. tons of drugs\n', /:1: body: a <ol> is not official text/u],
    ['emphasis', 'Only *30%* of cases.\n', /:1: body: a <em> is not official text/u],
    ['a hard line break', 'Only 30%\\\nof cases.\n', /:1: body: a <br> is not official text/u],
  ];

  it.each(refused)('refuses %s, naming the file and line', (_name, body, message) => {
    expect(() => readOfficialBody(body, file, 1)).toThrow(
      new RegExp(`^${file.replace(/\./gu, '\\.')}${message.source}`, 'u'),
    );
  });
});

describe('readOfficialBody on a content entry body', () => {
  it('leaves line numbers out, since the frontmatter is gone from the body', () => {
    expect(() => readOfficialBody('Text.\n\nexport const a = 1\n', file)).toThrow(
      new RegExp(`^${file.replace(/\./gu, '\\.')}: body: .*import or export`, 'u'),
    );
    expect(readOfficialBody('Text.\n', file)).toEqual([{ kind: 'paragraph', text: 'Text.', line: undefined }]);
  });
});

describe('invisibleDifference', () => {
  it('names an invisible character and where it is', () => {
    expect(invisibleDifference('97 tons\ufeff of drugs')).toMatch(/U\+FEFF\) at character 8/u);
  });

  it('says nothing of a text without one', () => {
    expect(invisibleDifference('97 tons of drugs')).toBeUndefined();
  });
});
