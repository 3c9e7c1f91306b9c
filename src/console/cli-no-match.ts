import { documentOf } from '../corpus/lookup.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import type { Corpus, Theme } from '../corpus/types.ts';
import type { ElsewhereCount } from '../render/search-scope.ts';
import { en } from '../i18n/en.ts';
import { inQuotes } from '../render/quoted.ts';
import type { NamedInDetails } from '../search/document-details.ts';
import type { SearchOutcome } from '../search/paragraph-index.ts';
import { withoutMarkup } from '../search/query-parser.ts';
import { relatedHaveTypedWords } from '../search/related-have-typed.ts';
import { paragraphText } from './cli-paragraph.ts';
import { typedText } from './printable.ts';

/** A search limited to one document (`--document`, with several loaded): its symbol, and the others' matches. */
export interface CliScope {
	symbol: string;
	elsewhere: readonly ElsewhereCount[];
}

/** Stdout for a search that found nothing: why, and what to try. */
export function noMatch(
	outcome: SearchOutcome,
	query: string,
	corpus: Corpus,
	limit: number,
	{ details, scope, described }: { details?: NamedInDetails; scope?: CliScope; described?: Theme } = {},
): string {
	const quoted = inQuotes(query, (text) => typedText(text), ['"', '"']);
	if (outcome.plan.units.length === 0) {
		if (outcome.plan.excluded.length > 0)
			return `${quoted} only leaves words out: add words to look for, e.g. children -terrorism.\n`;
		if (outcome.plan.onlyAsks)
			return `${quoted} only asks a question: say what it is about, e.g. where was the meeting held.\n`;
		// Mentions alone (`@everyone`, `<@123>`): said as the console and Discord say it, not as "no words".
		if (withoutMarkup(query).trim() === '')
			return `${quoted} is only mentions: mentions and channels are not searched; type some words, e.g. terrorism.\n`;
		return `${quoted} has no words to search for (very common words such as "the" are ignored).\n`;
	}
	const suggestions = outcome.suggestions.map((s) => `"${s}"`).join(' or ');
	const unstated = outcome.unstated;
	let text = unstated
		? `${en.unstated[unstated](quoted, '')}\n`
		: `No paragraph matches ${quoted}${scope ? ` in ${scope.symbol}` : ''}.${suggestions ? ` Did you mean ${suggestions}?` : ''}\n`;
	if (scope && scope.elsewhere.length > 0) {
		const found = scope.elsewhere.map(({ symbol, count }) => `${symbol} (${count})`).join(', ');
		text += `Other documents match: ${found}. Leave out --document to see them.\n`;
	}
	// Words no paragraph has, in a document's details: where they are (see `namedInDetails`).
	if (details && !unstated) text += `${en.inDetails(quoted, details.document.symbol, details.detail, details.value)}\n`;
	// Words no paragraph has, in a theme's description: that theme and its paragraphs (see `describedByTheme`).
	if (described && !unstated) {
		const theirs = (corpus.paragraphsByTheme.get(described.id) ?? []).filter(
			(p) => scope === undefined || documentOf(corpus, p).symbol === scope.symbol,
		);
		const several = corpus.documents.length > 1;
		const cited = theirs.map((p) => `${several ? `${documentOf(corpus, p).symbol} ` : ''}${paragraphMark(p)}`);
		text += `${quoted} is among what the theme "${described.label}" (${described.id}) covers; its paragraphs: ${cited.join(', ')}.\n`;
	}
	const related = outcome.related.slice(0, limit);
	if (related.length > 0) {
		text += unstated
			? `\nParagraphs with the words typed (none of them states it):\n\n`
			: relatedHaveTypedWords(outcome.plan, related)
				? `\nRelated paragraphs (none of them has all the words typed):\n\n`
				: `\nRelated paragraphs (none of them has the words typed):\n\n`;
		text += related.map((hit) => paragraphText(corpus, hit.paragraph)).join('\n');
	}
	return text;
}
