import { dataKind, type DataKind } from './kinds/index.ts';
import { routes } from '../site/routes.ts';

/** The anchor of a datum on its data page: its kind's prefix and its id, unique within its kind. */
export function datumAnchor(kind: DataKind, id: string): string {
  return `${dataKind(kind).anchor}-${id}`;
}

/** The address of a datum on its data page: the page and the datum's anchor. */
export function datumPath(kind: DataKind, releaseId: string, id: string): string {
  return `${routes.dataPage[kind].path(releaseId)}#${datumAnchor(kind, id)}`;
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
