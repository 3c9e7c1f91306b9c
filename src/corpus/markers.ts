/**
 * The marks at the start of a line that give a published text its structure: paragraph numbers, bullets,
 * sub-items and numbered headings. Each reader returns what it found, or undefined.
 */

/** `12. The meeting…`, `2) Participants…`, or `12.` alone on its line (PDF text often puts the number apart). */
const PARAGRAPH_NUMBER = /^(\d{1,4})[.)](?:\s+|$)/u;
/** `-- `, `• `, `– `, `— `, `- `, `* `, `▪ `: a bullet and the space after it. */
const BULLET = /^(--|[•·▪◦‣●–—*-])\s+(?=\S)/u;
/** `(a) `, `(iv) `, `(1) `, `a) `, `iv) `: an item inside a paragraph. */
const SUB_ITEM = /^(?:\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)|(?:[a-z]|[ivxlc]{1,6})\))\s+(?=\S)/u;
/** `I. Introduction`, `IV. Terrorism`, `A. Terrorism`: a roman or lettered heading. */
const NUMBERED_HEADING = /^(?:[IVXLC]{1,7}|[A-Z])\.\s+\S/u;

/** Closing punctuation of a sentence or of a list item; a line ending otherwise goes on in the next one. */
export const ENDS_SENTENCE = /[.!?:;…][)"'”’»]*\s*$/u;

export interface NumberMark {
	number: number;
	/** The line without its number. */
	rest: string;
}

export function paragraphNumber(line: string): NumberMark | undefined {
	const match = PARAGRAPH_NUMBER.exec(line);
	if (!match) return undefined;
	return { number: Number(match[1]), rest: line.slice(match[0].length) };
}

export interface BulletMark {
	marker: string;
	rest: string;
}

export function bullet(line: string): BulletMark | undefined {
	const match = BULLET.exec(line);
	if (!match?.[1]) return undefined;
	return { marker: match[1], rest: line.slice(match[0].length) };
}

export function isSubItem(line: string): boolean {
	return SUB_ITEM.test(line);
}

/** Headings are short and do not end like a sentence (a lettered sentence `A. Smith said so.` is not one). */
const MAX_HEADING_LENGTH = 160;

export function isNumberedHeading(text: string): boolean {
	return NUMBERED_HEADING.test(text) && text.length <= MAX_HEADING_LENGTH && !/[.;,]$/u.test(text);
}

/** A plain heading is one short line without closing punctuation, starting like a title (`Further Work`). */
const MAX_PLAIN_HEADING_LENGTH = 80;
const MAX_PLAIN_HEADING_WORDS = 10;

export function isPlainHeading(text: string): boolean {
	return (
		text.length <= MAX_PLAIN_HEADING_LENGTH &&
		text.split(' ').length <= MAX_PLAIN_HEADING_WORDS &&
		/^[\p{Lu}\d]/u.test(text) &&
		!/[.:;,!?…)"”’]$/u.test(text) &&
		// A line ending on "the" or "of" stops mid-sentence.
		!/\s(?:a|an|and|by|for|in|of|on|or|the|to|with)$/iu.test(text) &&
		paragraphNumber(text) === undefined &&
		bullet(text) === undefined
	);
}
