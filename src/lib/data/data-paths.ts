import { dataKind, dataKinds, type DataKind } from './kinds/index.ts';

/** The files of one kind of open data: its records as JSON and CSV, and the JSON's schema. */
export const openDataFormats = ['json', 'csv', 'schema.json'] as const;
/** One open-data file format. */
export type OpenDataFormat = (typeof openDataFormats)[number];

/** Site paths of a release's data pages and files, relative to the base path (no leading slash). */
export const dataPaths = {
  /** The open-data page: every file, and the pages that show the data. */
  hub: (releaseId: string): string => `releases/${releaseId}/data/`,
  /** How to cite the release and its paragraphs. */
  cite: (releaseId: string): string => `releases/${releaseId}/data/cite/`,
  /** One kind of data as a file: `figures.json`, `figures.csv`, `figures.schema.json`. */
  file: (releaseId: string, kind: DataKind, format: OpenDataFormat): string =>
    `releases/${releaseId}/data/${kind}.${format}`,
  /** The whole release, text and data, as one JSON file. */
  release: (releaseId: string): string => `releases/${releaseId}/data/release.json`,
  /** The JSON Schema of the whole-release file. */
  releaseSchema: (releaseId: string): string => `releases/${releaseId}/data/release.schema.json`,
  /** The release's citation as BibTeX. */
  bibtex: (releaseId: string): string => `releases/${releaseId}/data/citation.bib`,
  /** The release's citation as CSL-JSON. */
  cslJson: (releaseId: string): string => `releases/${releaseId}/data/citation.csl.json`,
  /** The Frictionless data package that describes every open-data file of the release. */
  dataPackage: (releaseId: string): string => `releases/${releaseId}/data/datapackage.json`,
};

/** The page that shows one kind of data (figures, the timeline of dates…). */
export function dataPage(kind: DataKind, releaseId: string): string {
  return `releases/${releaseId}/data/${dataKind(kind).page}/`;
}

/** Whether a site path (`releases/<id>/data/<page>/`, no leading slash) is the page of a kind of data. */
export function isDataPage(path: string): boolean {
  const match = /^releases\/([^/]+)\/data\/([^/]+)\/$/u.exec(path);
  return match !== null && dataKinds.some((kind) => kind.page === match[2]);
}

/** The anchor of a datum on its data page: its kind's prefix and its id, unique within its kind. */
export function datumAnchor(kind: DataKind, id: string): string {
  return `${dataKind(kind).anchor}-${id}`;
}

/** The address of a datum on its data page: the page and the datum's anchor. */
export function datumPath(kind: DataKind, releaseId: string, id: string): string {
  return `${dataPage(kind, releaseId)}#${datumAnchor(kind, id)}`;
}

/** An anchor for a group heading (a topic or an agency): its words, lower case, joined by hyphens. */
export function groupAnchor(label: string): string {
  return (
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/gu, '') || 'group'
  );
}
