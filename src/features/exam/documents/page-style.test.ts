import { describe, expect, it } from 'vitest';
import { cssString, pageCss } from './page-style.ts';

describe('the printed page', () => {
  it('escapes quotes, backslashes and line breaks in the running header', () => {
    expect(cssString('Le « bon » choix')).toBe('Le « bon » choix');
    expect(cssString('A "quoted" \\ path')).toBe('A \\"quoted\\" \\\\ path');
    expect(cssString('two\nlines')).toBe('two\\A lines');
    expect(cssString('</style>')).toBe('\\3C /style>');
  });

  it('puts the header top left and the page number bottom right, on A4', () => {
    const css = pageCss('Jury script — "Théo"');
    expect(css).toContain('size: A4 portrait;');
    expect(css).toContain('@top-left { content: "Jury script — \\"Théo\\"";');
    expect(css).toContain('@bottom-right { content: counter(page) " / " counter(pages);');
  });
});
