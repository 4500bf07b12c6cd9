import { dataLicense } from './rights.ts';

/** An open-data file as the data package lists it. */
export interface PackagedFile {
  /** The file's name in the release's `data/` folder (`figures.csv`). */
  name: string;
  /** Its media type, without parameters. */
  mediatype: string;
  /** For a CSV file, its column headings, in order. */
  columns?: readonly string[];
}

// Columns that hold numbers; every other column is text.
const numberColumns: Readonly<Record<string, 'integer' | 'number'>> = { paragraph: 'integer', value: 'number' };

/** A resource name as the Data Package standard allows it: lower case, digits, `-`, `_`, `.`. */
function resourceName(file: string): string {
  return file.replace(/\.csv$/u, '').replace(/[^a-z0-9._-]/gu, '-');
}

/**
 * The release's open data as a Frictionless Data Package (v2): every file with its type and
 * encoding, the columns of each CSV file with their types, and who holds what.
 */
export function dataPackage(args: {
  releaseId: string;
  headline: string;
  issuer: string;
  /** The address of the release's overview, where known. */
  homepage: string | undefined;
  /** The address of the original page, where recorded. */
  original: string | undefined;
  /** Whose text, whose copy, in the site's one wording. */
  provenance: { original: string; copy: string };
  files: readonly PackagedFile[];
}): Record<string, unknown> {
  const license = dataLicense(args.issuer);
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: args.releaseId,
    title: args.headline,
    description: `The data of the press release, each item traced to its sentence of the official text. ${args.provenance.original} ${args.provenance.copy} ${license.note}`,
    ...(args.homepage ? { homepage: args.homepage } : {}),
    licenses: [{ name: license.id, path: license.url, title: 'Creative Commons Attribution 4.0 International' }],
    sources: [{ title: args.issuer, ...(args.original ? { path: args.original } : {}) }],
    resources: args.files.map((file) => ({
      name: resourceName(file.name),
      path: file.name,
      ...(file.columns
        ? {
            type: 'table',
            format: 'csv',
            schema: {
              fields: file.columns.map((column) => ({ name: column, type: numberColumns[column] ?? 'string' })),
            },
          }
        : { format: file.name.slice(file.name.lastIndexOf('.') + 1) }),
      mediatype: file.mediatype,
      encoding: 'utf-8',
    })),
  };
}
