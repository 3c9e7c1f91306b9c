import { documentNames, findDocument } from '../corpus/lookup.ts';
import type { Corpus } from '../corpus/types.ts';
import { closestName } from '../core/closest-name.ts';
import { UsageError } from './cli-args.ts';
import { typedText } from './printable.ts';

/** `--document`: the slug of the document it names (by symbol or slug), the only one when required and not given. */
export function documentOption(corpus: Corpus, slug: string | undefined, required: boolean): string | undefined {
	if (slug === undefined) {
		if (!required) return undefined;
		if (corpus.documents.length === 1) return corpus.documents[0]?.slug;
		throw new UsageError(`--document is required: one of ${documentNames(corpus)}`);
	}
	const document = findDocument(corpus, slug);
	if (!document) {
		// Names are compared in lower case, as typed ones are.
		const symbols = corpus.documents.map((d) => d.symbol);
		const near = closestName(
			slug,
			symbols.map((symbol) => symbol.toLowerCase()),
		);
		const meant = symbols.find((symbol) => symbol.toLowerCase() === near);
		throw new UsageError(
			`unknown document "${typedText(slug)}"${meant ? ` (did you mean ${meant}?)` : ''}: one of ${documentNames(corpus)}`,
		);
	}
	return document.slug;
}
