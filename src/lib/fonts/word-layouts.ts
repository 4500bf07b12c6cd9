import type { Font, Glyph, GlyphPosition, GlyphRun } from 'fontkit';

/** A word as the font engine set it: its glyphs, the characters each was made for, and their places. */
interface SetWord {
  run: GlyphRun;
  ids: number[];
  codePoints: number[][];
}

/** One engine per shared face that sets each word on glyphs of its own, to see what it makes of it. */
interface Setter {
  face: Font;
  /** The glyph the engine puts in place of invisible characters: the space's. */
  spaceId: number;
  words: Map<string, SetWord>;
}

/** A face's glyph cache (fontkit's `_glyphs`, by glyph id), emptied first when `replace` is given. */
function glyphsOf(face: Font, replace?: Record<number, Glyph>): Record<number, Glyph | undefined> {
  const cached = face as unknown as { _glyphs: Record<number, Glyph | undefined> };
  if (replace) cached._glyphs = replace;
  return cached._glyphs;
}

const setters = new WeakMap<Font, Setter>();

/**
 * A face that sets words for `shared` with a glyph cache and layout engine of its own (`_glyphs`,
 * `_layoutEngine`: see documentFace), its glyphs made before each word as the document has them.
 */
function setterOf(shared: Font, engine: () => unknown): Setter {
  let setter = setters.get(shared);
  if (!setter) {
    const face = Object.create(shared, {
      _glyphs: { value: {}, writable: true, configurable: true },
      _layoutEngine: { get: engine, configurable: true },
    }) as Font;
    setter = { face, spaceId: face.glyphForCodePoint(0x20).id, words: new Map() };
    setters.set(shared, setter);
  }
  return setter;
}

/**
 * Font layout that remembers each word for the whole build. PDFKit sets text word by word, and
 * asks the engine to shape every distinct word of each PDF again: a shaping plan is built for each
 * word, which was most of a PDF's cost (in a profile of a 3,000-page build, 64 s of the PDFs' 91).
 *
 * A word's shape depends on the face, the word, and the characters the document's glyphs were
 * first made for: where one glyph serves two characters (hyphen and soft hyphen, space and
 * no-break space, two fraction slashes), the engine shapes by the character the glyph already
 * carries. So a shape is kept per shared face under the word and those characters (its glyphs'
 * and the space's, which the engine uses to hide invisible characters), and made by a setter face
 * given glyphs with the same characters. The glyphs handed back are the document's own, asked for
 * in the order a fresh layout asks for them: the word's characters first, then each glyph of the
 * shaped word with the characters shaping gave it. So a document's glyphs, and the characters
 * PDFKit writes into its text layer, are those fontkit's own layout gives.
 */
export function rememberedLayout(shared: Font, engine: () => unknown): Font['layout'] {
  const original = shared.layout;
  return function layout(this: Font, text, features, script, language, direction) {
    // Only what PDFKit asks (a word, no features); anything else is set as before.
    if (typeof text !== 'string' || [features, script, language, direction].some((value) => value !== undefined)) {
      return original.call(this, text, features, script, language, direction);
    }
    const setter = setterOf(shared, engine);
    // What a fresh layout does first: a glyph for each character, made if the document has none.
    const characters = this.glyphsForString(text);
    const space = glyphsOf(this)[setter.spaceId];
    const key = JSON.stringify([text, characters.map((glyph) => glyph.codePoints), space?.codePoints ?? null]);
    let word = setter.words.get(key);
    if (!word) {
      glyphsOf(setter.face, {});
      for (const glyph of characters) setter.face.getGlyph(glyph.id, [...glyph.codePoints]);
      if (space) setter.face.getGlyph(setter.spaceId, [...space.codePoints]);
      const run = original.call(setter.face, text);
      word = { run, ids: run.glyphs.map((glyph) => glyph.id), codePoints: run.glyphs.map((glyph) => glyph.codePoints) };
      // The setter's glyphs are not the document's: only their ids and characters are kept.
      run.glyphs = [];
      setter.words.set(key, word);
    }
    const set = word;
    const glyphs = set.ids.map((id, i) => this.getGlyph(id, set.codePoints[i]));
    // PDFKit scales the positions it is given in place: each call gets copies.
    const positions = set.run.positions.map(
      (position) => Object.assign(Object.create(Object.getPrototypeOf(position) as object), position) as GlyphPosition,
    );
    return Object.assign(Object.create(Object.getPrototypeOf(set.run) as object), set.run, {
      glyphs,
      positions,
      features: { ...set.run.features },
    }) as GlyphRun;
  };
}
