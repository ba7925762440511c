import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** 1-based. */
  number: number;
  /** Width and height in PostScript points (A4 is 595.28 × 841.89). */
  width: number;
  height: number;
  /** The page's text, runs joined by spaces and whitespace collapsed. */
  text: string;
}

/** Reads a PDF (a file path or its bytes) page by page, for tests that check printed documents. */
export async function readPdf(source: string | Uint8Array): Promise<PdfPage[]> {
  const data = typeof source === 'string' ? new Uint8Array(await readFile(source)) : new Uint8Array(source);
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent();
      const text = joinRuns(content.items.filter((item) => 'str' in item))
        .replace(/\s+/g, ' ')
        .trim();
      pages.push({ number, width, height, text });
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

interface Run {
  str: string;
  width: number;
  transform: number[];
}

/**
 * Joins text runs as they sit on the page: a run that starts where the one before it ended, on
 * the same line, continues it (Chromium writes ligatures such as "fi" as runs of their own);
 * any other run is a new word.
 */
function joinRuns(runs: Run[]): string {
  let text = '';
  let previous: Run | undefined;
  for (const run of runs) {
    const [, , , , x = 0, y = 0] = run.transform;
    const [, , , , px = 0, py = 0] = previous?.transform ?? [];
    const continues = previous !== undefined && Math.abs(y - py) < 1 && Math.abs(x - (px + previous.width)) < 1;
    text += (continues || text === '' ? '' : ' ') + run.str;
    previous = run;
  }
  return text;
}

/** Whether a page is A4, portrait, to the point. */
export const isA4 = (page: PdfPage) => Math.abs(page.width - 595.28) < 1 && Math.abs(page.height - 841.89) < 1;
