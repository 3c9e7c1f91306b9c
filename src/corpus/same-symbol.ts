import type { CorpusWarning, DocumentMeta } from './types.ts';

/**
 * A symbol held by two documents: most often one document imported twice (its page and its PDF, or again under
 * another slug), which every search then shows twice and `document:` cannot tell apart.
 */
export function sameSymbolWarnings(metas: readonly { meta: DocumentMeta; textPath: string }[]): CorpusWarning[] {
	const first = new Map<string, string>();
	return metas.flatMap(({ meta, textPath }) => {
		const key = meta.symbol.trim().toLowerCase();
		const holder = first.get(key);
		if (holder === undefined) {
			first.set(key, meta.slug);
			return [];
		}
		return [
			{
				kind: 'same-symbol' as const,
				document: meta.slug,
				message:
					`${meta.slug} (${textPath}) has the symbol ${meta.symbol} of ${holder} too: the same document twice? ` +
					`Remove one (its .txt and .json in documents/), or give each its own symbol in its .json`,
			},
		];
	});
}
