import { BaseWords } from './base-words.ts';
import { familyOf } from './term-family.ts';
import { otherInflections } from './other-inflections.ts';
import { cosine, type WordVectors } from './word-vectors.ts';
import { SAME_SENSE, CONFIRMED_SAME_SENSE, DEFINING_WORD, SAME_WORD, TYPED_SAME_WORD } from './semantic-thresholds.ts';

/** A same-sense neighbour on its own evidence is the closest, or this near it. */
const CLOSEST_MARGIN = 0.05;
/** The frequency rank given a word the vectors lack: as rare as their rarest. */
const RARE = 150_000;
/** Words this frequent in English sit near everything ("well", "some", "over"): never a looser neighbour. */
const COMMON_RANK = 300;
/** How many neighbours a word adds at most. */
const MAX_NEIGHBOURS = 4;

/** What the neighbours are drawn from: the corpus's written forms with their index terms. */
export interface CorpusTerms {
	/** Each written form of the text (folded) with its index term. */
	entries(): Iterable<[term: string, form: string]>;
	/** A word's index term (`null` for a stop word): how a typed word's other forms are told (see `otherInflections`). */
	term?: (word: string) => string | null;
}

/**
 * Word-vector neighbours among the corpus's own words. Only the corpus vocabulary's vectors are held (read from the
 * converted file once, on first need); a query word's vector is read from the file when it is asked about.
 */
export class SemanticNeighbours {
	readonly #vectors: WordVectors;
	/** One entry per written form: a term is as close as its closest form ("terrorists" for "extremists"). */
	readonly #terms: { term: string; vector: Int8Array; common: boolean }[] = [];
	readonly #byTerm = new Map<string, Int8Array[]>();
	/** The terms in order, made on first need (see `family`). */
	#sorted: string[] | undefined;
	/** Each term's written forms, to find the inflections the text does not write (see `#withUnwrittenForms`). */
	readonly #formsOf = new Map<string, string[]>();
	/** Terms whose every written form is one of the most common words of English. */
	readonly #commonTerms = new Set<string>();
	readonly #term: ((word: string) => string | null) | undefined;
	#baseWords: BaseWords | undefined;

	constructor(vectors: WordVectors, corpus: CorpusTerms) {
		this.#vectors = vectors;
		this.#term = corpus.term;
		const entries = [...corpus.entries()];
		const found = vectors.vectors(entries.map(([, form]) => form));
		for (const [term, form] of entries) {
			const vector = found.get(form);
			if (!vector) continue;
			this.#byTerm.set(term, [...(this.#byTerm.get(term) ?? []), vector]);
			this.#formsOf.set(term, [...(this.#formsOf.get(term) ?? []), form]);
			this.#terms.push({ term, vector, common: (vectors.rank(form) ?? RARE) < COMMON_RANK });
		}
		const uncommon = new Set(this.#terms.flatMap((t) => (t.common ? [] : [t.term])));
		for (const { term } of this.#terms) if (!uncommon.has(term)) this.#commonTerms.add(term);
	}

	/**
	 * How closely a paragraph's words answer the words typed: for each typed word, its best cosine with one of the
	 * paragraph's terms (1 when the paragraph has the word's own term), weighted by how rare the word is in English
	 * (the vectors list words by frequency), so "poor" counts for more than "just". Between 0 and 1. A paragraph with one
	 * of a word's same-sense words (`sameSense`: what the lexical resource means by it) is at least `SAME_SENSE` close to
	 * it, as a match counts it ("pacts" is only 0.58 from the text's "treaty"), unless the vectors deny the link: below
	 * `TYPED_SAME_WORD` the two are other words ("extremism" and the "high" its stem brings from WordNet, 0.25).
	 */
	relevance(
		words: readonly { word: string; term: string | null; sameSense?: ReadonlySet<string> }[],
		paragraphTerms: ReadonlySet<string>,
	): number {
		let total = 0;
		let weight = 0;
		for (const { word, term, sameSense } of words) {
			const lower = word.toLowerCase();
			const w = Math.log(2 + (this.#vectors.rank(lower) ?? RARE));
			weight += w;
			if (term !== null && paragraphTerms.has(term)) {
				total += w;
				continue;
			}
			const vector = this.#vectors.vector(lower);
			const says = (t: string) => paragraphTerms.has(t) && (!vector || this.#closeness(vector, t) >= TYPED_SAME_WORD);
			let best = [...(sameSense ?? [])].some(says) ? SAME_SENSE : 0;
			if (vector) for (const t of paragraphTerms) best = Math.max(best, this.#closeness(vector, t));
			total += w * best;
		}
		return weight === 0 ? 0 : total / weight;
	}

	/**
	 * How close a reader's word comes to one of a paragraph's terms, asked term by term: the best cosine of the word with
	 * each term's written forms (see `relevance`). Undefined when the vectors lack the word (a typo, a name).
	 */
	closenessTo(word: string): ((term: string) => number) | undefined {
		const vector = this.#vectors.vector(word.toLowerCase());
		return vector && ((term) => this.#closeness(vector, term));
	}

	/** The best cosine of a vector with one of a term's written forms (0 for a term without one). */
	#closeness(vector: Int8Array, term: string): number {
		let best = 0;
		for (const v of this.#byTerm.get(term) ?? []) best = Math.max(best, cosine(vector, v));
		return best;
	}

	/**
	 * The corpus terms closest to a typed word, closest first, down to `floor`; none when the word has no vector.
	 * `uncommon`: leaving out the most common words of English. `forms`: as close as the closest of the word's other
	 * inflections instead (see `otherInflections`).
	 */
	neighbours(
		word: string,
		floor: number,
		{ uncommon = false, forms = false } = {},
	): { term: string; cosine: number }[] {
		const lower = word.toLowerCase();
		const own = forms ? undefined : this.#vectors.vector(lower);
		const vectors = forms ? otherInflections(this.#vectors, this.#term, lower) : own ? [own] : [];
		if (vectors.length === 0) return [];
		const best = new Map<string, number>();
		for (const t of this.#terms) {
			if (uncommon && t.common) continue;
			let c = -1;
			for (const vector of vectors) c = Math.max(c, cosine(vector, t.vector));
			if (c >= floor && c > (best.get(t.term) ?? -1)) best.set(t.term, c);
		}
		return [...best]
			.map(([term, c]) => ({ term, cosine: c }))
			.sort((a, b) => b.cosine - a.cosine)
			.slice(0, MAX_NEIGHBOURS);
	}

	/**
	 * Whether a word is the same word as one of the text's written forms (a derived form: "discussion" and "discussed"
	 * 0.72), not another word with the same stem ("execution" and "executive" 0.26). Unknown to the vectors: yes.
	 */
	sameWord(word: string, forms: readonly string[], floor = SAME_WORD): boolean {
		const vector = this.#vectors.vector(word.toLowerCase());
		const known = forms.flatMap((f) => this.#vectors.vector(f) ?? []);
		if (!vector || known.length === 0) return true;
		return known.some((v) => cosine(vector, v) >= floor);
	}

	/**
	 * Whether a typed word means a phrase of the text's terms (its definition's "armed conflict" for "war" 0.69, not
	 * "an agency of the United Nations" for "unicef" 0.42): the cosine of the word with the mean of the terms' vectors
	 * (each term's first written form) reaches `CONFIRMED_SAME_SENSE`. No vector for one of them: no.
	 */
	meansPhrase(word: string, terms: readonly string[]): boolean {
		const vector = this.#vectors.vector(word.toLowerCase());
		const parts = terms.map((t) => this.#byTerm.get(t)?.[0]);
		if (!vector || parts.length === 0 || parts.some((p) => p === undefined)) return false;
		const mean = new Int8Array(vector.length);
		for (let i = 0; i < mean.length; i += 1) {
			let sum = 0;
			for (const part of parts) sum += part?.[i] ?? 0;
			mean[i] = Math.round(sum / parts.length);
		}
		return cosine(vector, mean) >= CONFIRMED_SAME_SENSE;
	}

	/**
	 * Whether a word and one corpus term are close enough in meaning to confirm a link the lexical resource suggests
	 * (`DEFINING_WORD`), the term not being one of the most common words of English (those sit near everything).
	 */
	confirms(word: string, term: string): boolean {
		// A search asks about a reader's word or two: read from the file, not kept (readers' words are without number).
		return this.#confirmedBy((w) => this.#vectors.vector(w))(word, term);
	}

	/**
	 * Whether a word comes within `min` in cosine of any written form of a corpus term, whatever the term's frequency
	 * (see `closenessTo`), for many pairs (vectors read as `keptReader` does): a lower bound of what any form of the
	 * word may find (the typed "soldiers" is 0.83 from "civilians", the lemma "soldier" 0.62).
	 */
	nearby(min: number): (word: string, term: string) => boolean {
		const read = this.#vectors.keptReader();
		return (word, term) => {
			const vector = read(word.toLowerCase());
			return vector !== undefined && this.#closeness(vector, term) >= min;
		};
	}

	/** `confirms` for many pairs (a reduction of the lexical resource asks about thousands; see `keptReader`). */
	confirmer(): (word: string, term: string) => boolean {
		return this.#confirmedBy(this.#vectors.keptReader());
	}

	/** `confirms`, with words' vectors read by `read`. */
	#confirmedBy(read: (word: string) => Int8Array | undefined): (word: string, term: string) => boolean {
		return (word, term) => {
			const part = this.#byTerm.get(term)?.[0];
			if (!part || this.#commonTerms.has(term)) return false;
			const vector = read(word.toLowerCase());
			return vector !== undefined && cosine(vector, part) >= DEFINING_WORD;
		};
	}

	/**
	 * The corpus terms that mean what the typed word means: a cosine of `SAME_SENSE`, or of `CONFIRMED_SAME_SENSE`
	 * for a term the lexical resource also relates to the word (`confirmed`: its looser neighbours, not the broader
	 * words, which vectors find close too: "climate" and its broader "conditions").
	 */
	sameSense(word: string, confirmed: ReadonlySet<string>): string[] {
		const found = this.#sameSenseOf(word, confirmed, false);
		// None for the form typed: the word's other inflections may know it ("smuggled": smuggling, trafficking).
		return found.length > 0 ? found : this.#sameSenseOf(word, confirmed, true);
	}

	/**
	 * Near terms as close as the inflections of theirs the text does not write, to the form typed: vectors learn each
	 * inflection apart, so "extremists" is 0.82 from "terrorists" and 0.73 from the text's "terrorist". Asked only of
	 * terms found near, below `SAME_SENSE` (a few per word the text lacks: each costs a scan of the word list).
	 */
	#withUnwrittenForms(word: string, near: { term: string; cosine: number }[]): { term: string; cosine: number }[] {
		const own = this.#vectors.vector(word.toLowerCase());
		if (!own) return near;
		return near
			.map(({ term, cosine: closest }) => {
				let c = closest;
				if (c < SAME_SENSE)
					for (const form of this.#formsOf.get(term) ?? [])
						for (const vector of otherInflections(this.#vectors, this.#term, form))
							c = Math.max(c, cosine(own, vector));
				return { term, cosine: c };
			})
			.sort((a, b) => b.cosine - a.cosine);
	}

	/** The terms a reader's word reaches through the words their stems spell (see `BaseWords`), made on first need. */
	throughBaseWords(word: string, floor: number): string[] {
		this.#baseWords ??= new BaseWords(this.#vectors, this.#term, this.#formsOf, (t) => this.#byTerm.get(t) ?? []);
		return this.#baseWords.near(word, floor);
	}

	/** The text's other words of a term's family, which a same-sense word means too (see `familyOf`). */
	family(term: string): string[] {
		this.#sorted ??= [...this.#byTerm.keys()].sort();
		return familyOf(term, this.#sorted, (t) => this.#byTerm.get(t) ?? [], CONFIRMED_SAME_SENSE);
	}

	#sameSenseOf(word: string, confirmed: ReadonlySet<string>, forms: boolean): string[] {
		const found = this.neighbours(word, CONFIRMED_SAME_SENSE, { forms });
		const near = forms ? found : this.#withUnwrittenForms(word, found);
		const best = near[0]?.cosine ?? 0;
		// Only the closest: "troops" is forces (0.92), not deploy (0.82), though both are close.
		return near
			.filter((n) => (n.cosine >= SAME_SENSE && n.cosine >= best - CLOSEST_MARGIN) || confirmed.has(n.term))
			.map((n) => n.term);
	}
}
