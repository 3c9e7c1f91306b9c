import { isUtf8 } from 'node:buffer';
import type { CorpusWarning, DocumentMeta } from './types.ts';
import { languageOf } from './text-language.ts';

/** Warnings about a data folder's documents as files, beside what their texts say. */

/**
 * A symbol held by two documents: most often one document imported twice (its page and its PDF, or again under
 * another slug), which every search then shows twice and `document:` cannot tell apart.
 */
export function sameSymbolWarnings(
	metas: readonly { meta: DocumentMeta; textPath: string; source?: Buffer }[],
): CorpusWarning[] {
	const first = new Map<string, { slug: string; language: string | undefined }[]>();
	return metas.flatMap(({ meta, textPath, source }) => {
		const key = symbolKey(meta.symbol);
		// Language versions share their symbol, as the UN's do: the French text beside the English one is no repeat.
		const language = source === undefined ? undefined : languageOf(source.toString('utf8'));
		const holders = first.get(key) ?? [];
		const holder = holders.find((h) => h.language === undefined || language === undefined || h.language === language);
		first.set(key, [...holders, { slug: meta.slug, language }]);
		if (holder === undefined) return [];
		return [
			{
				kind: 'same-symbol' as const,
				document: meta.slug,
				message:
					`${meta.slug} (${textPath}) has the symbol ${meta.symbol} of ${holder.slug} too: the same document twice? ` +
					`Remove one (its .txt and .json in documents/), or give each its own symbol in its .json`,
			},
		];
	});
}

/**
 * A text that is not UTF-8 (dropped in as Word's "Plain Text" saved it, in windows-1252): its curly quotes, dashes
 * and accents read as U+FFFD. The import reads such a file by its encoding and stores UTF-8; a file dropped in by
 * hand is read as UTF-8, and this says so.
 */
export function notUtf8Warnings(
	metas: readonly { meta: DocumentMeta; source: Buffer; textPath: string }[],
): CorpusWarning[] {
	return metas
		.filter(({ source }) => !isUtf8(source))
		.map(({ meta, textPath }) => ({
			kind: 'encoding' as const,
			document: meta.slug,
			message:
				`${textPath} is not UTF-8: some of its characters read as "\uFFFD" — save it as UTF-8, or import it ` +
				`with npm run import, which reads windows-1252 (Word's "Plain Text") and stores UTF-8`,
		}));
}

/**
 * A symbol as two of them are compared: without its spaces, in one case, so that `PSC/PR/COMM.1234 (2025)` and
 * `PSC/PR/COMM.1234(2025)` (or a label typed once in capitals) are one document's.
 */
export function symbolKey(symbol: string): string {
	return symbol.replace(/\s+/gu, '').toLowerCase();
}
