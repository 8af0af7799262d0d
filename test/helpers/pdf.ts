import { PDFParse } from 'pdf-parse';

/** The text of a PDF, read back with a real PDF parser. */
export async function pdfText(data: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}
