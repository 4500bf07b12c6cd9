import { figureText } from './release-data.ts';
import type { ReleaseData } from './kinds/index.ts';
import type { ReleaseInstruction, ResolvedParty } from './kinds/instructions.ts';
import { lowerFirst, upperFirst } from '../text/letter-case.ts';

/** One instruction as a line of the release's summary, in the words of the text it comes from. */
export interface GlanceLine {
  /** The instruction's id in the data. */
  id: string;
  /**
   * Who did what to whom, in the text's order of words and with its verb, the verb apart so that
   * the line can set it off: `the Ministry of Health was`, `recommended`, `` (active when the text
   * names the giver: `the General Prosecutor`, `directed`, `law enforcement and special agencies`).
   */
  before: string;
  verb: string;
  after: string;
  /** What is not named, said as such: `by whom, the text does not say`; undefined when both are. */
  unnamed: string | undefined;
  /** What, in the data's editorial words, starting in lower case: it continues the line. */
  what: string;
  /** The paragraph's number and site path (page and anchor). */
  paragraph: number;
  path: string;
}

/** A headline figure: the number as the text writes it, what it measures, and its paragraph. */
export interface GlanceFigure {
  value: string;
  measure: string;
  paragraph: number;
  path: string;
}

/** Words that refer to a party without naming it. */
const PRONOUNS = new Set(['he', 'him', 'she', 'her', 'they', 'them', 'it', 'we', 'us']);

/** A text's words inside a line: a leading article in lower case ("The Ministry…" → "the Ministry…"). */
function midSentence(text: string): string {
  return text.replace(/^(The|A|An) /u, (article) => article.toLocaleLowerCase('en'));
}

/**
 * Whether a body's name is plural: two bodies ("the Ministry of Health and the Ministry of
 * Education"), or a head noun in -s ("…control bodies"); not "Ministry of Health", "Minister of the
 * Interior affairs" (the head comes before "of") or a name such as "Marcus".
 */
export function isPlural(name: string): boolean {
  if (/\band (?:the |a |an )?\p{Lu}/u.test(name)) return true;
  const head = name.split(/ of /u)[0]?.trim().split(' ').at(-1) ?? '';
  return /[^su]s$/u.test(head);
}

/**
 * The name of a party as the text gives it. A pronoun ("He") names the person the data resolves it
 * to, by role and name; a pronoun the data does not resolve ("They") names no one.
 */
function partyName(party: ResolvedParty | undefined): string | undefined {
  if (!party) return undefined;
  if (!PRONOUNS.has(party.party.as.toLocaleLowerCase('en'))) return midSentence(party.party.as);
  const person = party.person?.data;
  if (!person) return undefined;
  return [person.role, person.name].filter(Boolean).join(' ') || undefined;
}

/** An instruction as an editorial line: the text's verb, its giver and addressee where the text names them. */
export function instructionLine(instruction: ReleaseInstruction): GlanceLine {
  const by = partyName(instruction.by);
  const to = partyName(instruction.to);
  const verb = instruction.data.verb;
  const missing = [by === undefined ? 'by whom' : undefined, to === undefined ? 'to whom' : undefined].filter(Boolean);
  // As the text puts it: the giver acts where it is named ("the General Prosecutor directed…"),
  // the addressee receives where only it is ("The Ministry of Health was recommended…").
  const [before, after] =
    by !== undefined
      ? [upperFirst(by), to ?? '']
      : to !== undefined
        ? [`${upperFirst(to)} ${isPlural(to) ? 'were' : 'was'}`, '']
        : ['', ''];
  return {
    id: instruction.id,
    before,
    verb: before === '' ? upperFirst(verb) : verb,
    after,
    unnamed: missing.length > 0 ? `${missing.join(' or ')}, the text does not say` : undefined,
    what: lowerFirst(instruction.data.what),
    paragraph: instruction.source.paragraph,
    path: instruction.source.path,
  };
}

/**
 * What a reader needs first of a release, from its checked data: every instruction, request,
 * recommendation and proposal with the text's own verb, in the text's order, and the figures the
 * data marks as headline figures. Nothing is typed here; every line carries the paragraph it comes from.
 */
export function atAGlance(data: ReleaseData): { decided: GlanceLine[]; figures: GlanceFigure[] } {
  return {
    decided: data.instructions.map(instructionLine),
    figures: data.figures
      .filter((figure) => figure.data.headline === true)
      .map((figure) => ({
        value: figureText(figure),
        measure: lowerFirst(figure.data.measure),
        paragraph: figure.source.paragraph,
        path: figure.source.path,
      })),
  };
}
