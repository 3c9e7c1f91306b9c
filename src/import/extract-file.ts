import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { withoutPressTrailer } from './press-trailer.ts';
import { emlText } from './eml.ts';
import { decodePage, decodeText } from './charset.ts';
import { readEmail, withoutMailTail } from './email-text.ts';
import { extractHtml } from './extract-html.ts';
import { extractMarkdown } from './markdown.ts';
import { readPdf, type ColumnDoubt } from './extract-pdf.ts';
import { ImportError } from './import-error.ts';
import { binaryKind } from './file-signature.ts';
import { UnreadablePdf } from './open-pdf.ts';
import { displayLines } from './pdf-title.ts';
import { readTextColumns } from '../corpus/text-columns.ts';

/** A PDF's text layer and its lines as displayed; a file pdf.js cannot open is named in one line, no stack trace. */
async function extractPdfFile(
	file: string,
): Promise<{ text: string; display: string[]; warnings: string[]; unsure?: string }> {
	const data = readFileSync(file);
	try {
		// Each reading gets its own copy: pdf.js may take over the bytes it is given.
		const { text, columnPages, columnDoubts } = await readPdf(new Uint8Array(data));
		if (text.trim() === '')
			throw new ImportError(`import: ${file} has no text layer (a scan?); run it through OCR first`);
		const warnings = columnPages.length === 0 ? [] : [inColumns(file, columnPages)];
		const display = await displayLines(new Uint8Array(data));
		return {
			text,
			display,
			warnings,
			...(columnDoubts.length === 0 ? {} : { unsure: columnsUnsure(file, columnDoubts) }),
		};
	} catch (error) {
		if (!(error instanceof UnreadablePdf)) throw error;
		throw new ImportError(`import: ${file} is not a readable PDF: ${error.message} — download or export it again`);
	}
}

/** The import's note on the pages it read in two columns. */
const inColumns = (file: string, pages: readonly number[]) =>
	`${file}: page${pages.length > 1 ? 's' : ''} ${pages.join(', ')} set in two columns: read column by column, the left one first`;

/** The import's note on pages that set one text in two languages side by side: the other language is left out. */
const inTwoLanguages = (file: string, pages: readonly number[], [kept, other]: [string, string]) =>
	`${file}: page${pages.length > 1 ? 's' : ''} ${pages.join(', ')} set the text in ${kept} and ${other} side by ` +
	`side: the ${kept} (left) is imported, the ${other} left out (import a copy of it alone to search it too)`;

/**
 * What the import says of pages that look set in two columns but whose columns it could not tell apart: they were
 * read as they stand, so their paragraphs may mix the two columns' lines. The import writes nothing without --force.
 */
function columnsUnsure(file: string, doubts: readonly ColumnDoubt[]): string {
	const pages = doubts.map((doubt) => doubt.page);
	const many = pages.length > 1;
	return [
		`${file}: page${many ? 's' : ''} ${pages.join(', ')} look${many ? '' : 's'} set in columns, but the import cannot ` +
			`tell them apart (${doubts.map((doubt) => `page ${doubt.page}: ${doubt.why}`).join('; ')}), so it read ` +
			`${many ? 'them as they stand' : 'it as it stands'}, line by line across the page: its paragraphs would mix ` +
			'lines of different columns.',
		'If the page is in columns, copy its text column by column (each column top to bottom, the leftmost first) into',
		'a .txt file and import that file. If it is in one column (a table beside the text, say), import the PDF again',
		'with --force.',
	].join('\n  ');
}

/**
 * The text of the file as its reader sees it: plain text as is, a saved page's content, Markdown as rendered, a PDF's
 * text layer.
 */
export async function extract(file: string): Promise<Extracted> {
	const extracted = await extractText(file);
	const cut = withoutPressTrailer(extracted.text);
	if (cut === undefined) return extracted;
	const note = `${file} quotes its document in a press release: from line ${cut.line} ("${cut.opener}") on, its trailer was left out`;
	return { ...extracted, text: cut.text, warnings: [...(extracted.warnings ?? []), note] };
}

/** What `extract` reads of a file. */
interface Extracted {
	text: string;
	heading?: string | undefined;
	url?: string | undefined;
	display?: string[];
	/** What the reading had to guess or could not read, for the import's notes. */
	warnings?: string[];
	/** A fallback title (an e-mail's subject), used only when the text gives none. */
	subject?: string | undefined;
	/** Why the text may not read as the document does (columns it could not tell apart): written only with --force. */
	unsure?: string;
	/** The day the file's own metadata dates it (a Markdown page's front matter `date:`), YYYY-MM-DD. */
	date?: string | undefined;
	/** The symbol the file's own metadata gives (a Markdown page's front matter `document_no:`). */
	symbol?: string | undefined;
}

/** The text of a file by its kind (see `extract`). */
async function extractText(file: string): Promise<Extracted> {
	const kind = extname(file).toLowerCase();
	if (TEXT_KINDS.has(kind)) notTextAdvice(file, kind);
	if (kind === '.txt' || kind === '.eml') {
		const eml = kind === '.eml' ? emlText(readFileSync(file)) : undefined;
		if (kind === '.eml' && eml === undefined) throw new ImportError(`import: ${file} ${NO_PLAIN_TEXT}`);
		const decoded = eml === undefined ? decodeText(readFileSync(file)) : { text: eml, warning: undefined };
		const warning = decoded.warning;
		const warnings = warning === undefined ? [] : [`${file}: ${warning}`];
		// `pdftotext -layout` sets two columns side by side: written column by column, as the document is read.
		const { text, pages, sideBySide } = readTextColumns(decoded.text);
		if (sideBySide) warnings.push(inTwoLanguages(file, pages, sideBySide));
		else if (pages.length > 0) warnings.push(inColumns(file, pages));
		const email = readEmail(text);
		if (email !== undefined) {
			const note = `${file} is an e-mail: its headers, covering notes, quote marks and signature were left out`;
			return { text: email.text, subject: email.subject, warnings: [...warnings, note] };
		}
		const signed = withoutMailTail(text);
		if (signed === undefined) return warnings.length === 0 ? { text } : { text, warnings };
		warnings.push(`${file} ends with an e-mail's signature or disclaimer: left out`);
		return { text: signed, warnings };
	}
	if (kind === '.html' || kind === '.htm') {
		const page = decodePage(readFileSync(file));
		const warnings = page.warning === undefined ? [] : [`${file}: ${page.warning}`];
		const extracted = extractHtml(page.text);
		// A message Outlook saved as a page: its `<title>` is the e-mail's subject, not a heading of the document's.
		const email = readEmail(extracted.text);
		if (email === undefined) return { ...extracted, warnings };
		warnings.push(`${file} is an e-mail: its headers, covering notes and signature were left out`);
		return { text: email.text, subject: email.subject, url: extracted.url, warnings };
	}
	if (kind === '.md' || kind === '.markdown') {
		const { text, warning } = decodeText(readFileSync(file));
		const page = extractMarkdown(text);
		return { ...page, warnings: warning === undefined ? [] : [`${file}: ${warning}`] };
	}
	if (kind === '.pdf') return extractPdfFile(file);
	throw new ImportError(`import: ${file} is not .txt, .md, .html, .pdf or .eml${SAVE_AS[kind] ?? ''}`);
}

/** The extensions of the texts the import reads as text (a PDF is read by its own reader). */
const TEXT_KINDS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

/**
 * Throws when a file named as text is a Word document, a PDF or another file that is no text (renamed, or saved
 * under the wrong name), saying what it is and what to do, as for a file named as what it is.
 */
function notTextAdvice(file: string, kind: string): void {
	const found = binaryKind(readFileSync(file).subarray(0, 64 * 1024));
	if (found === undefined) return;
	const advice =
		found.extension === '.pdf'
			? `give it the name ${basename(file, kind)}.pdf and import that`
			: found.extension === '.image'
				? 'it holds no text to read: run it through OCR, and import the text'
				: (SAVE_AS[found.extension]?.replace(/^: /u, '') ??
					'open it in the program that made it, save it as a web page (.htm) or as PDF, and import that');
	throw new ImportError(
		`import: ${file} is not a text file but ${found.name}, although its name ends in ${kind}: ${advice} (nothing written)`,
	);
}

/** What an `.eml` without a plain-text part needs (see `emlText`). */
const NO_PLAIN_TEXT =
	'is an e-mail with no plain-text part: open it in the mail program, save or copy it as text (.txt), and import that (nothing written)';

/** How to get a file the import reads from what a word processor or a browser saved instead. */
const SAVE_AS: Readonly<Record<string, string>> = {
	'.docx': ': in Word, save it as "Web Page, Filtered" (.htm) or as PDF, and import that',
	'.doc': ': in Word, save it as "Web Page, Filtered" (.htm) or as PDF, and import that',
	'.odt': ': in LibreOffice, export it as PDF or save it as HTML, and import that',
	'.rtf': ': open it in a word processor and save it as "Web Page" (.htm) or as PDF, and import that',
	'.mhtml': ': save the page again as "Web Page, HTML only" (.html), and import that',
	'.mht': ': save the page again as "Web Page, HTML only" (.html), and import that',
};
