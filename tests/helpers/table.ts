/** A table as aligned plain text or as Markdown; numbers (cells starting with a digit) align right. */
export function formatTable(header: string[], rows: string[][], style: 'text' | 'markdown' = 'text'): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => /^[\d?]|^$/u.test(row[i] ?? '')));
  const cell = (text: string, i: number): string =>
    numeric[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
  if (style === 'markdown') {
    const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
    const rule = `|${widths.map((width, i) => (numeric[i] ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
    return [line(header), rule, ...rows.map(line)].join('\n');
  }
  const line = (cells: string[]): string => cells.map(cell).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
