import type { CorpusDocument } from '../corpus/types.ts';
import type { Analyzer } from './analyzer.ts';
import { isIdentifier } from './answer-type.ts';

/**
 * What a document's metadata says of every one of its paragraphs, as index terms: the meeting it concludes, named by
 * an ordinal or a number in its title ("Conclusions of the Sixth High-Level Meeting"), and the years of its dates. A reader asks "what was the theme of the sixth meeting?", and the paragraph that answers says
 * "the meeting took as its theme…": the sixth is in the title, not in the paragraph. Only such identifying words are
 * taken, not the title's other words (nor the place: "New York" would lend "new"), which most paragraphs have anyway.
 */
export function documentContext(documents: readonly CorpusDocument[], analyzer: Analyzer): Map<string, Set<string>> {
	const context = new Map<string, Set<string>>();
	for (const document of documents) {
		const words = [
			...[document.title, document.shortTitle].flatMap((title) => analyzer.tokens(title).filter(isIdentifier)),
			...[document.releaseDate, ...(document.meetingDates ?? [])].map((date) => date.slice(0, 4)),
		];
		context.set(document.slug, new Set(words.flatMap((word) => analyzer.term(word) ?? [])));
	}
	return context;
}
