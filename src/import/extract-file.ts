import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { extractHtml } from './extract-html.ts';
import { extractPdf } from './extract-pdf.ts';
import { ImportError } from './import-error.ts';
import { UnreadablePdf } from './open-pdf.ts';
import { displayLines } from './pdf-title.ts';

/** A PDF's text layer and its lines as displayed; a file pdf.js cannot open is named in one line, no stack trace. */
async function extractPdfFile(file: string): Promise<{ text: string; display: string[] }> {
	const data = readFileSync(file);
	try {
		// Each reading gets its own copy: pdf.js may take over the bytes it is given.
		const text = await extractPdf(new Uint8Array(data));
		if (text.trim() === '')
			throw new ImportError(`import: ${file} has no text layer (a scan?); run it through OCR first`);
		return { text, display: await displayLines(new Uint8Array(data)) };
	} catch (error) {
		if (!(error instanceof UnreadablePdf)) throw error;
		throw new ImportError(`import: ${file} is not a readable PDF: ${error.message} — download or export it again`);
	}
}

/** The text of the file as its reader sees it: plain text as is, a saved page's content, a PDF's text layer. */
export async function extract(
	file: string,
): Promise<{ text: string; heading?: string | undefined; url?: string | undefined; display?: string[] }> {
	const kind = extname(file).toLowerCase();
	if (kind === '.txt') return { text: readFileSync(file, 'utf8') };
	if (kind === '.html' || kind === '.htm') return extractHtml(readFileSync(file, 'utf8'));
	if (kind === '.pdf') return extractPdfFile(file);
	throw new ImportError(`import: ${file} is not .txt, .html or .pdf`);
}
