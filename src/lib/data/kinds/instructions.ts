import {
  instructionSchema,
  publishedInstructionSchema,
  type InstructionData,
  type Party,
} from '../../../schemas/instruction.ts';
import type { Source } from '../release-data.ts';
import { didYouMean } from '../../text/text-difference.ts';
import { defineDataKind, provenanceColumns, publishDatum, quote } from './kind.ts';
import { people, type ReleasePerson } from './people.ts';

/** Who gave or received an instruction, with the person or organisation resolved. */
export interface ResolvedParty {
  party: Party;
  person: ReleasePerson | undefined;
}

/** An instruction of the release, checked, with its parties resolved. */
export interface ReleaseInstruction {
  id: string;
  data: InstructionData;
  by: ResolvedParty | undefined;
  to: ResolvedParty | undefined;
  source: Source;
}

/** What the meeting asked of whom. */
export const instructions = defineDataKind({
  id: 'instructions',
  title: 'Instructions and requests',
  fields: 'the verb the text uses, who gave it, to whom, what it asks for',
  page: 'instructions',
  anchor: 'instruction',
  schema: instructionSchema,
  publishedSchema: publishedInstructionSchema,
  summary: 'What was directed, asked, recommended or proposed, and to whom, with the verb the text uses.',
  // Who gave an instruction and who must act are people or organisations of the release.
  needs: [people],
  check: (entry, { sourceOf, requireWords, report, checked, has, idsOf }): ReleaseInstruction | undefined => {
    const source = sourceOf(entry, 'sentence', entry.data.sentence);
    const resolve = (field: 'by' | 'to'): ResolvedParty | undefined => {
      const party = entry.data[field];
      if (!party) return undefined;
      if (source) requireWords(entry, `${field}.as`, party.as, source);
      const person = party.ref === undefined ? undefined : checked(people).find((one) => one.id === party.ref);
      // Someone who failed their own checks has been reported already.
      if (party.ref !== undefined && !has(people, party.ref)) {
        report(
          entry,
          `${field}.ref`,
          `${quote(party.ref)} is not a person or organisation of the release (data/people.yaml)${didYouMean(party.ref, idsOf(people))}`,
        );
      }
      return { party, person };
    };
    const by = resolve('by');
    const to = resolve('to');
    if (!source) return undefined;
    requireWords(entry, 'verb', entry.data.verb, source);
    requireWords(entry, 'due', entry.data.due, source);
    return { id: entry.id, data: entry.data, by, to, source };
  },
  publish: publishDatum,
  csvColumns: [
    { heading: 'id', value: (r) => r.id },
    { heading: 'verb', value: (r) => r.verb },
    { heading: 'by', value: (r) => r.by?.as },
    { heading: 'by_ref', value: (r) => r.by?.ref },
    { heading: 'to', value: (r) => r.to?.as },
    { heading: 'to_ref', value: (r) => r.to?.ref },
    { heading: 'what', value: (r) => r.what },
    { heading: 'due', value: (r) => r.due },
    { heading: 'sentence', value: (r) => r.sentence },
    ...provenanceColumns,
  ],
});
