import { halfWidth } from '../corpus/text.ts';
import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import { placeTyped } from '../search/paragraph-reference.ts';
import type { ParagraphLookup } from './resolve-paragraph.ts';

/**
 * A paragraph asked for by its place (`last`, `the first`, `final conclusion`, as `/conclusions the last point` reads
 * one): the document's first, second… by number, or its last as printed (a preamble held after the numbers is not its
 * end). In the given document or the only one; with several and none given, which one is asked. Undefined when the
 * text names no place.
 */
export function placeReference(
	corpus: Corpus,
	typed: string,
	document: CorpusDocument | undefined,
): ParagraphLookup | undefined {
	const place = placeTyped(typed);
	if (place === undefined) return undefined;
	const target = document ?? (corpus.documents.length === 1 ? corpus.documents[0] : undefined);
	if (!target) return { ok: false, reason: 'needs-document', typed: typed.trim() };
	const paragraph = place === 'last' ? target.paragraphs.at(-1) : target.paragraphs.find((p) => p.number === place);
	return paragraph ? { ok: true, paragraph } : { ok: false, reason: 'out-of-range', typed: typed.trim() };
}

/**
 * A small letter typed without its brackets (`b`, `b)`, `¶b`), as the CLI takes it (a shell makes `(b)` need quotes):
 * the mark a lettered paragraph prints, `(b)`, to look up as such; undefined for anything else, a capital too (`I`
 * may name a section).
 */
export function bracketedLetter(typed: string): string | undefined {
	const letter = /^¶?\s*([a-z])[).]?$/u.exec(halfWidth(typed).trim())?.[1];
	return letter === undefined ? undefined : `(${letter})`;
}
