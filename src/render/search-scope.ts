import type { Corpus, CorpusDocument, Theme } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import { escapeText } from './escape.ts';

/** Matches a search limited to one document did not show: how many each other document has. */
export interface ElsewhereCount {
	symbol: string;
	count: number;
}

/**
 * What a search was limited to, as its summary line says it: the theme, then the document. The document only when
 * several are loaded: with one, `document:` changes nothing (see `onlyOneDocument`), and naming it would say otherwise.
 * Without it, a search limited to SG/2084 that found nothing there read as if no document had the words. `plain` for
 * an autocomplete choice's name, which Discord shows as typed: no Markdown (bold marks and escapes would show).
 */
export function searchScope(
	corpus: Pick<Corpus, 'documents'>,
	theme: Theme | undefined,
	document: CorpusDocument | undefined,
	m: Messages,
	plain = false,
): string {
	const text = (value: string) => (plain ? value : escapeText(value));
	const inTheme = theme ? m.inTheme(text(theme.label)) : '';
	const several = document !== undefined && corpus.documents.length > 1;
	const scope = several ? `${inTheme}${m.inDocument(text(document.symbol))}` : inTheme;
	return plain ? scope.replaceAll('**', '') : scope;
}

/** How many other documents the line names, most matches first: a message holds 2,000 characters, a corpus more. */
const MOST_NAMED = 5;

/** The line telling a search limited to one document which others have matches: none when no other has. */
export function elsewhereLines(elsewhere: readonly ElsewhereCount[] | undefined, m: Messages): string[] {
	if (!elsewhere || elsewhere.length === 0) return [];
	const named = [...elsewhere].sort((a, b) => b.count - a.count).slice(0, MOST_NAMED);
	const found = named.map(({ symbol, count }) => `**${escapeText(symbol)}** (${count})`).join(', ');
	return [m.otherDocumentsMatch(found, elsewhere.length - named.length)];
}
