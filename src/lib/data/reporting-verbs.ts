import type { InstructionVerb } from '../../schemas/instruction.ts';
import { ContentError } from '../check/content-error.ts';
import type { ReleaseInstruction } from './kinds/instructions.ts';
import type { ReleasePerson } from './kinds/people.ts';

/**
 * How strongly each of the text's verbs binds whom it names, strongest first: an editorial line may
 * use the text's verb or a weaker one, never a stronger one. "Told" ("are told that it is
 * necessary") stands between an order and a request.
 */
export const VERB_FORCE: Readonly<Record<InstructionVerb, number>> = {
  directed: 3,
  instructed: 3,
  tasked: 3,
  told: 2,
  asked: 1,
  recommended: 1,
  proposed: 0,
};

/** Words stronger than any verb the text uses for an instruction. */
const STRONGER_THAN_TEXT = 4;

const FORMS: Readonly<Record<InstructionVerb, readonly string[]>> = {
  // Not "direct": as an adjective ("a direct threat") it reports nothing.
  directed: ['directs', 'directed', 'directing'],
  instructed: ['instruct', 'instructs', 'instructed', 'instructing'],
  tasked: ['tasked', 'tasking'],
  told: ['tell', 'tells', 'told', 'telling'],
  asked: ['ask', 'asks', 'asked', 'asking'],
  recommended: ['recommend', 'recommends', 'recommended', 'recommending'],
  proposed: ['propose', 'proposes', 'proposed', 'proposing'],
};

/** The forms of each reporting verb an editorial line may use, and how strongly each binds. */
const VERB_FORMS = new Map<string, number>([
  ...Object.entries(FORMS).flatMap(([verb, forms]) =>
    forms.map((form) => [form, VERB_FORCE[verb as InstructionVerb]] as const),
  ),
  ...['ordered', 'ordering', 'must', 'shall', 'obliged', 'obligated', 'mandated', 'commanded', 'demanded'].map(
    (form) => [form, STRONGER_THAN_TEXT] as const,
  ),
]);

/** Words too common in the names of bodies to tell one addressee from another. */
const GENERIC_WORDS = new Set([
  'the',
  'of',
  'and',
  'a',
  'an',
  'ministry',
  'ministries',
  'minister',
  'body',
  'bodies',
  'agency',
  'agencies',
  'authority',
  'authorities',
  'affairs',
  'control',
  'state',
]);

interface Word {
  text: string;
  index: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)].map((match) => ({
    text: match[0].toLocaleLowerCase('en'),
    index: match.index,
  }));
}

/** The words that name a party of an instruction: the text's words and the person's name and role. */
function distinctiveWords(names: readonly (string | undefined)[]): Set<string> {
  return new Set(
    names.flatMap((name) => (name ? wordsOf(name).map((word) => word.text) : [])).filter((w) => !GENERIC_WORDS.has(w)),
  );
}

/** Where in `text` a phrase stands, word for word, case aside. */
function phraseIndexes(text: string, phrase: string): number[] {
  const words = wordsOf(text);
  const wanted = wordsOf(phrase).map((word) => word.text);
  if (wanted.length === 0) return [];
  const found: number[] = [];
  for (let i = 0; i + wanted.length <= words.length; i += 1) {
    if (wanted.every((word, j) => words[i + j]?.text === word)) found.push(words[i]?.index ?? 0);
  }
  return found;
}

/** An editorial text to check, where it is written, and the instructions it may speak of. */
export interface EditorialField {
  /** The content file and the field, for the message. */
  file: string;
  field: string;
  text: string;
  /** The instructions of the part of the release the text summarises (a topic, or the whole release). */
  instructions: readonly ReleaseInstruction[];
}

const quoted = (text: string): string => `"${text}"`;

/**
 * Checks that an editorial text says no more than the text it summarises: every reporting verb it
 * uses is, for each addressee it names beside that verb, no stronger than the verb the text uses
 * for that addressee; no verb stronger than all of the text's ("ordered", "must"); and it names a
 * giver beside a verb only where the text names that giver for the addressees it names there.
 * A party belongs to the verb nearest to it in the same sentence. Returns every problem found.
 */
export function checkEditorialVerbs(
  fields: readonly EditorialField[],
  people: readonly ReleasePerson[],
): ContentError[] {
  const problems: ContentError[] = [];
  // Anyone the release names may be named as a giver: by name, role, each mention, and a person's
  // surname alone ("Kozhamzharov directed…").
  const givers = people.map((person) => ({
    person,
    names: [
      person.data.name,
      person.data.role,
      ...person.mentions.map((m) => m.as),
      person.data.kind === 'person' ? person.data.name?.split(' ').at(-1) : undefined,
    ].filter((name): name is string => name !== undefined && name.length > 2),
  }));
  for (const { file, field, text, instructions } of fields) {
    for (const sentence of text.split(/(?<=[.;!?])\s+/u)) {
      const words = wordsOf(sentence);
      const verbs = words.flatMap((word) => {
        const force = VERB_FORMS.get(word.text);
        return force === undefined ? [] : [{ force, form: word.text, index: word.index }];
      });
      if (verbs.length === 0) continue;
      const nearestVerb = (index: number) =>
        verbs.reduce((best, verb) => (Math.abs(verb.index - index) < Math.abs(best.index - index) ? verb : best));
      for (const verb of verbs) {
        if (verb.force === STRONGER_THAN_TEXT) {
          problems.push(
            new ContentError(
              file,
              field,
              `${quoted(verb.form)} says more than the text, which uses none of it for an instruction: use the text's own verb (${Object.keys(VERB_FORCE).join(', ')})`,
            ),
          );
        }
      }
      // The addressees this sentence names, each with the verb beside it.
      const named = instructions.flatMap((instruction) => {
        if (!instruction.to) return [];
        const own = distinctiveWords([
          instruction.to.party.as,
          instruction.to.person?.data.name,
          instruction.to.person?.data.role,
        ]);
        const at = words.find((word) => own.has(word.text));
        return at ? [{ instruction, verb: nearestVerb(at.index) }] : [];
      });
      for (const { instruction, verb } of named) {
        const textVerb = instruction.data.verb;
        if (verb.force > VERB_FORCE[textVerb]) {
          problems.push(
            new ContentError(
              file,
              field,
              `${quoted(verb.form)} is stronger than the text's verb for ${instruction.to?.party.as}: the text says ${quoted(textVerb)} (data/instructions.yaml: ${instruction.id})`,
            ),
          );
        }
      }
      for (const giver of givers) {
        for (const index of giver.names.flatMap((name) => phraseIndexes(sentence, name))) {
          const verb = nearestVerb(index);
          for (const { instruction } of named.filter((one) => one.verb === verb)) {
            const { by, to } = instruction;
            // The addressee named as itself, or the giver the text names.
            if (to?.person?.id === giver.person.id || by?.person?.id === giver.person.id) continue;
            problems.push(
              new ContentError(
                file,
                field,
                `names ${giver.person.label} as who ${verb.form} ${to?.party.as}, but the text ${by ? `names ${quoted(by.party.as)}` : 'does not say who'} (data/instructions.yaml: ${instruction.id})`,
              ),
            );
          }
        }
      }
    }
  }
  return [...new Map(problems.map((problem) => [problem.message, problem])).values()];
}
