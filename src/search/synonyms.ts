import type { Analyzer } from './analyzer.ts';

/** One line of `data/synonyms.json`: the forms readers type, and the phrases of the text they mean. */
export interface SynonymEntry {
	for: string[];
	means: string[];
}

export interface SynonymMatch {
	/** How many query terms the key covered. */
	length: number;
	/** Each meaning as the index terms that must all match. */
	expansions: string[][];
	/** The meanings as written, for "matched: …". */
	means: string[];
}

const termsOf = (analyzer: Analyzer, phrase: string) =>
	analyzer.tokens(phrase).length === 0
		? []
		: analyzer
				.spans(phrase)
				.map((span) => analyzer.term(span.word))
				.filter((t): t is string => t !== null);

/** The synonym table, keyed by analysed terms so that "Terrorists" and "terrorist" find the same line. */
export class SynonymTable {
	readonly #byKey = new Map<string, { expansions: string[][]; means: string[] }>();
	readonly #longestKey: number;

	constructor(entries: readonly SynonymEntry[], analyzer: Analyzer) {
		let longest = 1;
		for (const entry of entries) {
			const expansions = entry.means.map((m) => termsOf(analyzer, m)).filter((t) => t.length > 0);
			for (const form of entry.for) {
				const key = termsOf(analyzer, form);
				if (key.length === 0) continue;
				longest = Math.max(longest, key.length);
				const existing = this.#byKey.get(key.join(' ')) ?? { expansions: [], means: [] };
				existing.expansions.push(...expansions);
				existing.means.push(...entry.means);
				this.#byKey.set(key.join(' '), existing);
			}
		}
		this.#longestKey = longest;
	}

	/** The longest key that starts at `terms[at]`, if any. */
	match(terms: readonly string[], at: number): SynonymMatch | undefined {
		for (let length = Math.min(this.#longestKey, terms.length - at); length >= 1; length -= 1) {
			const found = this.#byKey.get(terms.slice(at, at + length).join(' '));
			if (found) return { length, ...found };
		}
		return undefined;
	}
}
