/**
 * Whitespace normalization for search: the sources use U+00A0 between sentences and other Unicode spaces, which
 * must not glue words together or make two copies of a phrase differ.
 */
export function normalizeWhitespace(text: string): string {
	// Most text is already normal (single spaces, nothing at the ends): a test is cheaper than a copy.
	if (!NEEDS_NORMALIZING.test(text)) return text;
	return text.replace(/\s+/gu, ' ').trim();
}

/** Any whitespace but a single space between two other characters. */
const NEEDS_NORMALIZING = /[^\S ]|\s\s|^\s|\s$/;

/** Only ASCII: unchanged by Unicode normalization and free of combining marks. */
const ASCII = /^[^\u0080-\uffff]*$/;

/** Apostrophes as published (’ ‘ ʼ ′): a reader's keyboard types the straight one. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u2032]/g;

/**
 * Lower-case, strip diacritics (é → e) and straighten apostrophes, so that queries typed without accents or curly
 * quotes still meet the text ("Cote d'Ivoire" finds "Côte d’Ivoire").
 */
export function foldCase(text: string): string {
	// Most words are ASCII, for which normalizing and stripping marks change nothing: only lower-case them.
	if (ASCII.test(text)) return text.toLowerCase();
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.replace(APOSTROPHES, "'")
		.toLowerCase();
}

/** Full-width forms (U+FF01–FF5E) and the ideographic space, as a Chinese or Japanese keyboard types them. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/gu;

/**
 * A reference typed on a Chinese or Japanese keyboard (`３`, `ＳＧ／２０８４`, the ideographic space) as the
 * same reference in ASCII (`3`, `SG/2084`, a space). Only the full-width forms change (unlike NFKC, which also rewrites `…` and `²`).
 */
export function halfWidth(text: string): string {
	return text.replace(FULL_WIDTH, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * U+00AD, the soft hyphen: where a word may be broken (Word's optional hyphen, HTML's `&shy;`), shown only when a line
 * breaks there. Inside a line it is invisible: `non&shy;communicable` reads `noncommunicable`, and a quote must not carry
 * it into a reader's copy, nor search split the word at it.
 */
const SOFT_HYPHEN = /\u00ad/gu;
/** A soft hyphen inside a line, not at its end (where it says the word goes on on the next line). */
const SOFT_HYPHEN_IN_LINE = /\u00ad(?![ \t]*(?:[\r\n\f\v\u2028\u2029]|$))/gu;

/** A text without its soft hyphens, as a reader sees it. */
export const withoutSoftHyphens = (text: string): string =>
	text.includes('\u00ad') ? text.replace(SOFT_HYPHEN, '') : text;

/**
 * A source text without the soft hyphens inside its lines; one that ends a line (where a layout broke the word) stays,
 * for the lines to be joined there without a space (see `joinWrapped`).
 */
export const withoutSoftHyphensInLines = (text: string): string =>
	text.includes('\u00ad') ? text.replace(SOFT_HYPHEN_IN_LINE, '') : text;
