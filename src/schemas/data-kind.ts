/** The kinds of data a release folder can hold, each in `data/<kind>.yaml`. */
export const dataKinds = ['figures', 'instructions', 'people', 'dates'] as const;
/** One kind of data. */
export type DataKind = (typeof dataKinds)[number];
