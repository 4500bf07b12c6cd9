import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot, projectRoot, siteDir } from '../helpers/build';
import { contentCopy, edit, realRelease } from '../helpers/fixtures';
import { readPage, squash } from '../helpers/html';
import { sitePages } from '../helpers/pages';

interface Instruction {
  id: string;
  verb: string;
  by?: { as: string; ref?: string };
}
interface Person {
  id: string;
  name?: string;
  role?: string;
  mentions?: { as: string }[];
}

const dataDir = join(projectRoot, 'content/releases', realRelease, 'data');
const instructions = parse(readFileSync(join(dataDir, 'instructions.yaml'), 'utf8')) as Instruction[];
const people = parse(readFileSync(join(dataDir, 'people.yaml'), 'utf8')) as Person[];

// Whoever gives an instruction anywhere in the text, by every name the text gives them.
const givers = people
  .filter((person) => instructions.some((one) => one.by?.ref === person.id))
  .map((person) => ({
    id: person.id,
    names: [person.name, person.role, ...(person.mentions ?? []).map((m) => m.as)].filter(
      (name): name is string => name !== undefined && !/^(?:he|they)$/iu.test(name),
    ),
  }));

// Words that say more than any verb the text uses for what was asked of whom.
const STRONGER = /\b(?:must|ordered|orders|obliged|required|mandated|commanded|demanded)\b/iu;

describe('the words the site adds about instructions', () => {
  const lines = sitePages(siteDir).flatMap((path) =>
    [...readPage(siteDir, path).querySelectorAll<HTMLElement>('[data-instruction]')].map((element) => ({
      path,
      id: element.dataset['instruction'] ?? '',
      // The sentence a card quotes is the text's own; the line's words are what is checked.
      text: squash(
        [...element.childNodes]
          .filter((node) => !(node as Element).classList?.contains('data-source'))
          .map((node) => node.textContent)
          .join(' '),
      ),
    })),
  );

  it('are on the home page, the overview, the topic pages and the instructions page', () => {
    const paths = new Set(lines.map((line) => line.path));
    expect(paths).toContain('');
    expect(paths).toContain(`releases/${realRelease}/`);
    expect(paths).toContain(`releases/${realRelease}/data/instructions/`);
    expect(lines.filter((line) => line.path === '')).toHaveLength(instructions.length);
  });

  it("carry each datum's own verb and nothing stronger", () => {
    for (const line of lines) {
      const datum = instructions.find((one) => one.id === line.id);
      expect(datum, `${line.path}: ${line.id}`).toBeDefined();
      expect(line.text.toLowerCase(), `${line.path}: ${line.text}`).toMatch(new RegExp(`\\b${datum?.verb}\\b`, 'u'));
      expect(line.text, `${line.path}: ${line.text}`).not.toMatch(STRONGER);
    }
  });

  it('name a giver only where the datum names one', () => {
    for (const line of lines) {
      const datum = instructions.find((one) => one.id === line.id);
      for (const giver of givers) {
        if (datum?.by?.ref === giver.id) continue;
        for (const name of giver.names) {
          expect(line.text, `${line.path}: ${line.id} names ${name}`).not.toContain(name);
        }
      }
    }
  });
});

describe('an editorial summary that says more than the text', () => {
  it('stops the build, naming the file, the field and the datum for each problem', async () => {
    const contentDir = contentCopy('stronger-verbs');
    const drugs = `${realRelease}/topics/drug-trafficking.mdx`;
    const assets = `${realRelease}/topics/asset-recovery.mdx`;
    edit(contentDir, drugs, (text) =>
      text.replace(
        /^summary: >-\n(?: {2}.*\n)+/mu,
        'summary: What the General Prosecutor directed law enforcement, border, health and interior bodies to do.\n',
      ),
    );
    edit(contentDir, assets, (text) =>
      text.replace(/^summary: >-\n(?: {2}.*\n)+/mu, 'summary: The measures ordered to trace criminal assets.\n'),
    );
    const outDir = join(outputRoot, 'stronger-verbs');
    const result = await buildSite({ contentDir, outDir });
    expect(result.code).not.toBe(0);
    const at = (file: string) => join(contentDir, file).replace(`${projectRoot}/`, '');
    expect(result.output).toContain(
      `${at(drugs)}: summary: "directed" is stronger than the text's verb for The Ministry of Health: the text says "recommended" (data/instructions.yaml: accounting-of-addicts)`,
    );
    expect(result.output).toContain(
      `${at(drugs)}: summary: names Kairat Kozhamzharov as who directed The border and customs control bodies, but the text does not say who (data/instructions.yaml: border-barrier)`,
    );
    expect(result.output).toMatch(
      new RegExp(`${at(assets).replace(/[.]/gu, '\\.')}: summary: "ordered" says more than the text`, 'u'),
    );
  });
});
