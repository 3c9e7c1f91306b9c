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
