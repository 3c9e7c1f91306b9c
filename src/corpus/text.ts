/**
 * Whitespace normalization for search: the sources use U+00A0 between sentences and other Unicode spaces, which
 * must not glue words together or make two copies of a phrase differ.
 */
export function normalizeWhitespace(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

/** Lower-case and strip diacritics (é → e), so that queries typed without accents still meet the text. */
export function foldCase(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();
}
