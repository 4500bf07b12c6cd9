/**
 * A message as HTML text content: `&`, `<` and `>` escaped, quotation marks and apostrophes left as
 * they are. Astro writes an expression's `'` as `&#39;`; where a page has always written a message
 * as literal text (`Office's`), this keeps its HTML byte for byte, with the same safety for text
 * content. Use it with `set:html`, for text content only, never in an attribute.
 */
export function textHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
