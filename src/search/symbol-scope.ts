import { foldCase } from '../corpus/text.ts';
import type { CorpusDocument } from '../corpus/types.ts';

/** The most words a document's symbol is typed in ("PSC/PR/COMM.1200 (2024)", "CARICOM HGC-47 Communiqué"). */
const MAX_SYMBOL_WORDS = 4;

/** Letters and digits alone, case and accents aside: a symbol typed with or without its separators (`SG/2084`, `sg 2084`). */
export const bareSymbol = (text: string): string => foldCase(text).replace(/[^\p{L}\p{N}]/gu, '');

/**
 * A query that starts or ends with a loaded document's symbol, and has other words ("SG/2084 terrorism", "human rights
 * A/60/341"): the document to search and the words to search it for. A reader who types a symbol means that document;
 * its paragraphs rarely print their own symbol, so searched as a word it left the query without a match. Undefined
 * for a query without one (a symbol alone is the document itself: see `documentOfSymbol`).
 */
export function scopedBySymbol(
	query: string,
	documents: readonly CorpusDocument[],
): { document: string; rest: string } | undefined {
	const words = query.trim().split(/\s+/u);
	if (words.length < 2) return undefined;
	const symbols = symbolsOf(documents);
	for (let count = Math.min(MAX_SYMBOL_WORDS, words.length - 1); count >= 1; count -= 1) {
		const first = symbols.get(bareSymbol(words.slice(0, count).join('')));
		if (first !== undefined) return { document: first, rest: words.slice(count).join(' ') };
		const last = symbols.get(bareSymbol(words.slice(-count).join('')));
		if (last !== undefined) return { document: last, rest: words.slice(0, -count).join(' ') };
	}
	return undefined;
}

/** The documents' slugs by bare symbol, made once per corpus: every search asks. */
const madeSymbols = new WeakMap<readonly CorpusDocument[], Map<string, string>>();
function symbolsOf(documents: readonly CorpusDocument[]): Map<string, string> {
	let symbols = madeSymbols.get(documents);
	if (!symbols) {
		symbols = new Map(documents.map((d) => [bareSymbol(d.symbol), d.slug]));
		symbols.delete('');
		madeSymbols.set(documents, symbols);
	}
	return symbols;
}
