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
      const text = content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      pages.push({ number, width, height, text });
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** Whether a page is A4, portrait, to the point. */
export const isA4 = (page: PdfPage) => Math.abs(page.width - 595.28) < 1 && Math.abs(page.height - 841.89) < 1;
