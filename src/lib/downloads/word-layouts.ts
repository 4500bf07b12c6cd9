import type { Font, GlyphPosition, GlyphRun } from 'fontkit';

/** A word as the font engine set it: its glyphs, the characters each was made for, and their places. */
interface SetWord {
  run: GlyphRun;
  ids: number[];
  codePoints: number[][];
}

/** One engine per shared face that sets each word on glyphs of its own, to see what it makes of it. */
interface Setter {
  face: Font;
  words: Map<string, SetWord>;
}

const setters = new WeakMap<Font, Setter>();

/**
 * A face that sets words for `shared` with a glyph cache and layout engine of its own (`_glyphs`,
 * `_layoutEngine`: see documentFace), emptied before each word, so that each glyph it returns
 * carries the characters this word asked it for.
 */
function setterOf(shared: Font, engine: () => unknown): Setter {
  let setter = setters.get(shared);
  if (!setter) {
    const face = Object.create(shared, {
      _glyphs: { value: {}, writable: true, configurable: true },
      _layoutEngine: { get: engine, configurable: true },
    }) as Font;
    setter = { face, words: new Map() };
    setters.set(shared, setter);
  }
  return setter;
}

/**
 * Font layout that remembers each word for the whole build. PDFKit sets text word by word, and
 * asks the engine to shape every distinct word of each PDF again: a shaping plan is built for each
 * word, which was most of a PDF's cost (in a profile of a 3,000-page build, 64 s of the PDFs' 91).
 *
 * A word's shape depends on the face and the word alone, so the shape is kept per shared face. The
 * glyphs handed back are the document's own, made as a fresh layout on `face` would make them: the
 * word's characters are looked up first (which makes a glyph for each with its character), then
 * each glyph of the shaped word is asked for with the characters shaping gave it. So a document's
 * glyphs, and the characters PDFKit writes into its text layer, are the same as without the cache.
 */
export function rememberedLayout(shared: Font, engine: () => unknown): Font['layout'] {
  const original = shared.layout;
  return function layout(this: Font, text, features, script, language, direction) {
    // Only what PDFKit asks (a word, no features); anything else is set as before.
    if (typeof text !== 'string' || [features, script, language, direction].some((value) => value !== undefined)) {
      return original.call(this, text, features, script, language, direction);
    }
    const setter = setterOf(shared, engine);
    let word = setter.words.get(text);
    if (!word) {
      (setter.face as unknown as { _glyphs: object })._glyphs = {};
      const run = original.call(setter.face, text);
      word = { run, ids: run.glyphs.map((glyph) => glyph.id), codePoints: run.glyphs.map((glyph) => glyph.codePoints) };
      // The setter's glyphs are not the document's: only their ids and characters are kept.
      run.glyphs = [];
      setter.words.set(text, word);
    }
    this.glyphsForString(text);
    const glyphs = word.ids.map((id, i) => this.getGlyph(id, word.codePoints[i]));
    // PDFKit scales the positions it is given in place: each call gets copies.
    const positions = word.run.positions.map(
      (position) => Object.assign(Object.create(Object.getPrototypeOf(position) as object), position) as GlyphPosition,
    );
    return Object.assign(Object.create(Object.getPrototypeOf(word.run) as object), word.run, {
      glyphs,
      positions,
      features: { ...word.run.features },
    }) as GlyphRun;
  };
}
