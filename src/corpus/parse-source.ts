import { normalizeWhitespace } from './text.ts';

/** What a source text holds once its furniture (date line, title, end marker) is set aside. */
export interface ParsedSource {
	preamble: string | null;
	paragraphs: { number: number; section: string | null; text: string }[];
}

/** "31 July 2003": the release date line a UN press release starts with. */
const DATE_LINE = /^\d{1,2} \p{Lu}\p{Ll}+ \d{4}$/u;
/** "NEW YORK, 30 July (UN Headquarters) -- Following are…": the dateline that opens the preamble. */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+, \d{1,2} \p{Lu}\p{Ll}+.*?--/u;
/** "* *** *": the end marker of a press release; anything after it is not part of the text. */
const END_MARKER = /^[*\s]+$/u;
/** A heading is one short line without closing punctuation ("Further Work"). */
const MAX_HEADING_LENGTH = 80;
const MAX_HEADING_WORDS = 10;

function isHeading(block: string): boolean {
	return (
		!block.includes('\n') &&
		block.length <= MAX_HEADING_LENGTH &&
		block.split(' ').length <= MAX_HEADING_WORDS &&
		!/[.:;,!?…)"”’]$/u.test(block)
	);
}

/**
 * Splits a published text into its preamble and numbered paragraphs. Blocks are separated by blank lines (lines
 * holding only whitespace, U+00A0 included). The quoted text keeps its original characters; only the block's outer
 * whitespace is trimmed.
 *
 * @param title - the document's title from its metadata, recognized and skipped when there is no dateline
 */
export function parseSource(source: string, title: string): ParsedSource {
	const blocks = source
		.replace(/\r\n?/g, '\n')
		.split(/\n[^\S\n]*\n/u)
		.map((block) => block.replace(/^\s+|\s+$/gu, ''))
		.filter((block) => block.length > 0);

	const datelineAt = blocks.findIndex((block) => DATELINE.test(normalizeWhitespace(block)));
	let body: string[];
	let preamble: string | null = null;
	if (datelineAt >= 0) {
		// Everything before the dateline is the date line and the title.
		preamble = blocks[datelineAt] ?? null;
		body = blocks.slice(datelineAt + 1);
	} else {
		body = blocks.filter((block, i) => {
			const text = normalizeWhitespace(block);
			return !(i < 2 && (DATE_LINE.test(text) || text === normalizeWhitespace(title)));
		});
	}

	const paragraphs: ParsedSource['paragraphs'] = [];
	let section: string | null = null;
	for (const block of body) {
		const text = normalizeWhitespace(block);
		if (END_MARKER.test(text)) break;
		if (isHeading(text)) {
			section = text;
			continue;
		}
		paragraphs.push({ number: paragraphs.length + 1, section, text: block });
	}
	return { preamble, paragraphs };
}
