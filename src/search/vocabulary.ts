import { foldCase } from '../corpus/text.ts';

/** How many written forms a completion looks at, at most: short prefixes must stay cheap at any corpus size. */
const MAX_SCANNED_FORMS = 400;

/**
 * The words of the indexed text: for each index term (a stem), the forms it was written in and how often. It turns
 * a stem back into a word a reader recognizes ("terror" → "terrorism") and completes unfinished words from a sorted
 * list of written forms (a binary search, then a bounded scan).
 */
export class Vocabulary {
	readonly #forms = new Map<string, Map<string, number>>();
	readonly #termOfForm = new Map<string, string>();
	#sortedForms: string[] = [];
	#frozen = false;

	/** Learns that `word` was written `times` more times for `term` (more than once when restored from a snapshot). */
	add(word: string, term: string, times = 1): void {
		if (this.#frozen) return;
		const form = foldCase(word);
		const forms = this.#forms.get(term) ?? new Map<string, number>();
		forms.set(form, (forms.get(form) ?? 0) + times);
		this.#forms.set(term, forms);
		this.#termOfForm.set(form, term);
	}

	/** Stops learning and builds the sorted list: queries analysed after indexing must not add words. */
	freeze(): void {
		this.#frozen = true;
		this.#sortedForms = [...this.#termOfForm.keys()].sort();
	}

	hasTerm(term: string): boolean {
		return this.#forms.has(term);
	}

	/** How often a term occurs in the text (0 when unknown): rarer terms say more about a passage. */
	frequency(term: string): number {
		let total = 0;
		for (const n of this.#forms.get(term)?.values() ?? []) total += n;
		return total;
	}

	/** The most frequent written form of a term (the term itself when unknown). */
	surface(term: string): string {
		let best = term;
		let count = 0;
		for (const [form, n] of this.#forms.get(term) ?? []) {
			if (n > count) [best, count] = [form, n];
		}
		return best;
	}

	/** Written forms that start with `prefix` (folded), most frequent first, with their terms. */
	complete(prefix: string, limit: number): { form: string; term: string; count: number }[] {
		const folded = foldCase(prefix);
		if (folded.length === 0) return [];
		let low = 0;
		let high = this.#sortedForms.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if ((this.#sortedForms[mid] ?? '') < folded) low = mid + 1;
			else high = mid;
		}
		const found: { form: string; term: string; count: number }[] = [];
		for (let i = low; i < this.#sortedForms.length && found.length < MAX_SCANNED_FORMS; i += 1) {
			const form = this.#sortedForms[i] ?? '';
			if (!form.startsWith(folded)) break;
			const term = this.#termOfForm.get(form) ?? form;
			found.push({ form, term, count: this.#forms.get(term)?.get(form) ?? 0 });
		}
		return found.sort((a, b) => b.count - a.count || a.form.localeCompare(b.form)).slice(0, limit);
	}

	get size(): number {
		return this.#forms.size;
	}
}
