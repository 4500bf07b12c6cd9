/** CSS without its comments. */
function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//gu, '');
}

/** The layer names of the stylesheet's `@layer a, b, c;` statement, or undefined when it has none. */
export function declaredLayers(css: string): string[] | undefined {
  const statement = /@layer\s+([\w\s,-]+);/u.exec(withoutComments(css));
  return statement?.[1]?.split(',').map((name) => name.trim());
}

/** Every layer name the stylesheet mentions, in the order they first appear, which is the cascade's order. */
export function layersInOrder(css: string): string[] {
  const names = [...withoutComments(css).matchAll(/@layer\s+([^{;]+)[{;]/gu)].flatMap((match) =>
    (match[1] ?? '').split(',').map((name) => name.trim()),
  );
  return [...new Set(names)];
}

/** The prelude of each top-level rule or statement: `@layer base`, `@page`, `.selector`… */
export function topLevelPreludes(css: string): string[] {
  const preludes: string[] = [];
  let depth = 0;
  let start = 0;
  const text = withoutComments(css);
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '{') {
      if (depth === 0) preludes.push(text.slice(start, index).trim());
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) start = index + 1;
    } else if (char === ';' && depth === 0) {
      preludes.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  return preludes;
}
