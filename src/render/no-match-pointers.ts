import type { Theme } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import type { NamedInDetails } from '../search/document-details.ts';
import { echo } from './echo.ts';
import { escapeText } from './escape.ts';
import { elsewhereLines, type ElsewhereCount } from './search-scope.ts';

/** Where the words of a search that no paragraph answers are after all (see each). */
export interface NoMatchPointers {
	/** In a document's details: its author, title, place (see `namedInDetails`). */
	details?: NamedInDetails | undefined;
	/** In the description of a theme that paragraphs have (see `describedByTheme`). */
	described?: Theme | undefined;
	/** In other documents than the one searched (see `matchesElsewhere`). */
	elsewhere?: readonly ElsewhereCount[] | undefined;
}

/** The lines a no-match reply says them in, right under its first: "No paragraph matches" alone would mislead. */
export function pointerLines(query: string, { details, described, elsewhere }: NoMatchPointers, m: Messages): string[] {
	const lines: string[] = [];
	if (details) {
		const { document, detail, value } = details;
		lines.push(m.inDetails(echo(query, m), echo(document.symbol, m), detail, escapeText(value)));
	}
	// Paragraphs that have the words, in other documents, before a theme whose description has them.
	lines.push(...elsewhereLines(elsewhere, m));
	if (described) lines.push(m.inThemeDescription(echo(query, m), escapeText(described.label), described.id));
	return lines;
}
