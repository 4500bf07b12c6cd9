import type { z } from 'astro/zod';
import { dates } from './dates.ts';
import { figures } from './figures.ts';
import { instructions } from './instructions.ts';
import { people } from './people.ts';

/**
 * Every kind of release data, in the order the navigation, the open-data page and the
 * whole-release file list them. A new kind is its schema (`src/schemas/`), a module beside this
 * one (its check, its checked type, its open data), a line here, and its page.
 */
export const dataKinds = [figures, instructions, people, dates] as const;

/**
 * The order in which the kinds are checked: each after the kinds it `needs` (a figure's period is a
 * date, an instruction's addressee a person), so that a datum referred to is reported before those
 * that refer to it. tests/unit/data-kinds.test.ts holds it to that.
 */
export const checkOrder = [dates, people, figures, instructions] as const;

/** The name of one kind of data: `figures`, `instructions`, `people`, `dates`. */
export type DataKind = (typeof dataKinds)[number]['id'];

/** The definition of the kind named `K`. */
export type KindOf<K extends DataKind> = Extract<(typeof dataKinds)[number], { id: K }>;

/** What a kind's check gives: one checked datum. */
export type CheckedOf<K extends DataKind> = NonNullable<ReturnType<KindOf<K>['check']>>;

/** Every datum of one release, checked against its official text, each kind's list in text order. */
export type ReleaseData = { [K in DataKind]: CheckedOf<K>[] };

/** The published records of each kind. */
export type PublishedRecords = { [K in DataKind]: z.output<KindOf<K>['publishedSchema']>[] };

/**
 * The kinds a release has data of, in the registry's order. A kind it lacks gets no page, no link
 * and no open-data file: an empty page would say less than no page.
 */
export function kindsOf(data: { readonly [K in DataKind]: readonly unknown[] }): (typeof dataKinds)[number][] {
  return dataKinds.filter((kind) => data[kind.id].length > 0);
}

/** The kind named `id`. */
export function dataKind<K extends DataKind>(id: K): KindOf<K> {
  const kind = dataKinds.find((candidate) => candidate.id === id);
  if (!kind) throw new Error(`no data kind ${id}`);
  return kind as KindOf<K>;
}
