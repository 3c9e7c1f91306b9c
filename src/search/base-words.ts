import { baseForms } from '../corpus/word-endings.ts';
import { otherInflections } from './other-inflections.ts';
import { SAME_WORD } from './semantic-thresholds.ts';
import { cosine, type WordVectors } from './word-vectors.ts';

/**
 * The corpus terms whose stem is a word of English of its own, the same word as their written forms ("prevent" for the
 * text's "prevention"; not "organ" for organizations), with that word's vector. Word vectors learn each form apart: a reader's verb is near the
 * text's verb ("stop", prevent 0.75) and far from the noun the text writes ("stopping", prevention 0.30).
 */
export class BaseWords {
	readonly #vectors: WordVectors;
	readonly #term: ((word: string) => string | null) | undefined;
	readonly #bases = new Map<string, Int8Array>();

	/**
	 * `forms`: each term's written forms; `vectorsOf`: their vectors. A stem spelt as a word is the same word as one of
	 * its forms from `SAME_WORD` on ("organ" is not organizations).
	 */
	constructor(
		vectors: WordVectors,
		term: ((word: string) => string | null) | undefined,
		forms: ReadonlyMap<string, readonly string[]>,
		vectorsOf: (term: string) => readonly Int8Array[],
	) {
		this.#vectors = vectors;
		this.#term = term;
		const found = vectors.vectors([...forms.keys()]);
		for (const [stem, written] of forms) {
			const vector = found.get(stem);
			if (!vector || written.includes(stem) || !vectors.isEnglish(stem)) continue;
			if (vectorsOf(stem).some((v) => cosine(vector, v) >= SAME_WORD)) this.#bases.set(stem, vector);
		}
	}

	/**
	 * The terms whose stem word comes within `floor` of a reader's word, as typed, as its base form (a doubled last
	 * consonant undone: "stopping", stop) or as another of its inflections.
	 */
	near(word: string, floor: number): string[] {
		const lower = word.toLowerCase();
		const bases = baseForms(lower).flatMap((b) => (/([b-df-hj-np-tv-z])\1$/u.test(b) ? [b, b.slice(0, -1)] : [b]));
		const typed = [
			...[lower, ...bases].flatMap((w) => this.#vectors.vector(w) ?? []),
			...otherInflections(this.#vectors, this.#term, lower),
		];
		const found: string[] = [];
		for (const [stem, vector] of this.#bases) if (typed.some((t) => cosine(t, vector) >= floor)) found.push(stem);
		return found;
	}
}
