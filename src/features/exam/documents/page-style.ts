/**
 * The printed page of an exam document: A4 portrait, with the document's name and the scenario's
 * title at the top of every page and "n / N" at the bottom (CSS paged media margin boxes).
 */

/** A CSS string literal's content: backslashes, quotes and line breaks escaped (and `<`, so no `</style>`). */
export function cssString(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|[\r\n\f]/g, '\\A ')
    .replace(/</g, '\\3C ');
}

/** The `@page` rules of a document whose running header reads `header`. */
export function pageCss(header: string): string {
  const margin = 'font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 8pt; color: #4a5568; font-variant-ligatures: none;';
  return [
    '@page {',
    '  size: A4 portrait;',
    '  margin: 14mm 12mm;',
    `  @top-left { content: "${cssString(header)}"; ${margin} vertical-align: bottom; padding-bottom: 3mm; }`,
    `  @bottom-right { content: counter(page) " / " counter(pages); ${margin} vertical-align: top; padding-top: 3mm; }`,
    '}',
  ].join('\n');
}
