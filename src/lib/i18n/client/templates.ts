// A part of a catalogue as a page carries it to its script, in a `data-words` attribute: each
// message that is a function written out with `{0}`, `{1}`… where its arguments go. Only for parts
// whose functions put their arguments in place and do nothing else with them (no plural forms).

/** A part of a catalogue with each function message as its template. */
export type Templates<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => string ? string : T[K] extends string ? string : Templates<T[K]>;
};

/** A part of a catalogue with each function message written out as its template. */
export function templates<T extends object>(words: T): Templates<T> {
  return Object.fromEntries(
    Object.entries(words).map(([key, value]: [string, unknown]) => {
      if (typeof value === 'function') {
        const slots = Array.from({ length: value.length }, (_, i) => `{${i}}`);
        const template = (value as (...args: string[]) => string)(...slots);
        for (const slot of slots) {
          if (template.split(slot).length !== 2)
            throw new Error(`i18n: ${key} does not show its argument ${slot} once`);
        }
        return [key, template];
      }
      return [key, typeof value === 'object' && value !== null ? templates(value) : value];
    }),
  ) as Templates<T>;
}
