/**
 * Whitespace normalization for search: the sources use U+00A0 between sentences and other Unicode spaces, which
 * must not glue words together or make two copies of a phrase differ.
 */
export function normalizeWhitespace(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

/** Only ASCII: unchanged by Unicode normalization and free of combining marks. */
const ASCII = /^[^\u0080-\uffff]*$/;

/** Lower-case and strip diacritics (é → e), so that queries typed without accents still meet the text. */
export function foldCase(text: string): string {
	// Most words are ASCII, for which normalizing and stripping marks change nothing: only lower-case them.
	if (ASCII.test(text)) return text.toLowerCase();
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();
}
