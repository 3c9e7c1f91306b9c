import { lowerBound } from './lower-bound.ts';
import SearchableMap from 'minisearch/SearchableMap';
import { foldCase } from '../corpus/text.ts';
import { remember } from './remember.ts';

/** How many written forms a completion looks at, at most: short prefixes must stay cheap at any corpus size. */
const MAX_SCANNED_FORMS = 400;
/**
 * Fuzzy look-ups remembered: one query asks for the same word's close forms up to three times (its typos, the form it
 * meant, the "did you mean" of a dead end), and the tree walk costs milliseconds in a large vocabulary.
 */
const CLOSE_FORMS_KEPT = 1_000;

/**
 * The words of the indexed text: for each index term (a stem), the forms it was written in and how often. It turns
 * a stem back into a word a reader recognizes ("terror" → "terrorism") and completes unfinished words from a sorted
 * list of written forms (a binary search, then a bounded scan).
 */
export class Vocabulary {
	readonly #forms = new Map<string, Map<string, number>>();
	readonly #termOfForm = new Map<string, string>();
	/**
	 * The written forms in order, for completions, with each one's term and count beside it (a completion scans its
	 * run of forms without a map look-up per form): made on the first completion after `freeze`.
	 */
	#sortedForms: SortedForms | undefined;
	/**
	 * The written forms as a radix tree, for finding the forms a typo is a few edits away from: made on the first
	 * look-up (tens of milliseconds at 30,000 paragraphs, which a start need not wait for).
	 */
	#formTree: SearchableMap<string> | undefined;
	#frozen = false;
	readonly #closeForms = new Map<string, CloseForm[]>();

	/** Learns that `word` was written `times` more times for `term` (more than once when restored from a snapshot). */
	add(word: string, term: string, times = 1): void {
		if (this.#frozen) return;
		const form = foldCase(word);
		let forms = this.#forms.get(term);
		if (!forms) this.#forms.set(term, (forms = new Map<string, number>()));
		forms.set(form, (forms.get(form) ?? 0) + times);
		this.#termOfForm.set(form, term);
	}

	/** Stops learning: queries analysed after indexing must not add words. */
	freeze(): void {
		this.#frozen = true;
	}

	/** Whether learning has stopped: what is worked out from the words may then be remembered. */
	get frozen(): boolean {
		return this.#frozen;
	}

	/** Sorted on first need (about ten milliseconds at 30,000 paragraphs, which a start need not wait for). */
	#sorted(): SortedForms {
		if (!this.#frozen) return NO_FORMS;
		if (!this.#sortedForms) {
			const forms = [...this.#termOfForm.keys()].sort();
			const terms = forms.map((form) => this.#termOfForm.get(form) ?? form);
			const counts = Float64Array.from(forms, (form, i) => this.#forms.get(terms[i] ?? form)?.get(form) ?? 0);
			this.#sortedForms = { forms, terms, counts };
		}
		return this.#sortedForms;
	}

	#tree(): SearchableMap<string> {
		if (!this.#formTree) {
			this.#formTree = new SearchableMap<string>();
			for (const [form, term] of this.#termOfForm) this.#formTree.set(form, term);
		}
		return this.#formTree;
	}

	/** Every written form of the text (folded). */
	forms(): IterableIterator<string> {
		return this.#termOfForm.keys();
	}

	/** The index term a written form (folded) belongs to, if the text has that form. */
	termOfForm(form: string): string | undefined {
		return this.#termOfForm.get(foldCase(form));
	}

	/** The written forms of a term with how often each occurs. */
	formsOf(term: string): ReadonlyMap<string, number> {
		return this.#forms.get(term) ?? new Map();
	}

	/**
	 * Written forms of the text within `maxDistance` edits of a word (a swap of two letters counts as one edit), with
	 * their terms, closest first, then most frequent.
	 */
	closeForms(word: string, maxDistance: number): CloseForm[] {
		const folded = foldCase(word);
		if (maxDistance <= 0 || folded.length === 0) return [];
		// Remembered once the vocabulary is frozen (it does not change after); callers only read the list.
		const key = `${maxDistance}\0${folded}`;
		const known = this.#closeForms.get(key);
		if (known) return known;
		const close = this.#findCloseForms(folded, maxDistance);
		return this.#frozen ? remember(this.#closeForms, key, close, CLOSE_FORMS_KEPT) : close;
	}

	#findCloseForms(folded: string, maxDistance: number): CloseForm[] {
		// Levenshtein in the tree counts a swap as two edits: look one further, then measure swaps as one.
		const found = this.#tree().fuzzyGet(folded, maxDistance + 1);
		const close: CloseForm[] = [];
		for (const [form, [term]] of found) {
			const distance = editDistance(folded, form);
			if (distance <= maxDistance && distance > 0) {
				close.push({ form, term, distance, count: this.#forms.get(term)?.get(form) ?? 0 });
			}
		}
		return close.sort((a, b) => a.distance - b.distance || b.count - a.count || a.form.localeCompare(b.form));
	}

	hasTerm(term: string): boolean {
		return this.#forms.has(term);
	}

	/** Every index term (stem) of the text. */
	terms(): IterableIterator<string> {
		return this.#forms.keys();
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
		const { forms: sorted, terms, counts } = this.#sorted();
		const low = lowerBound(sorted, folded);
		// The best `limit` kept in order as the scan goes (a keystroke scans up to hundreds of forms): after every kept
		// form that ranks at least as high, so that ties keep the scan's order, as a stable sort would.
		const found: { form: string; term: string; count: number }[] = [];
		const ranksAbove = (a: { form: string; count: number }, b: { form: string; count: number }) =>
			b.count - a.count || a.form.localeCompare(b.form);
		for (let i = low, scanned = 0; i < sorted.length && scanned < MAX_SCANNED_FORMS; i += 1, scanned += 1) {
			const form = sorted[i] ?? '';
			if (!form.startsWith(folded)) break;
			const term = terms[i] ?? form;
			const count = counts[i] ?? 0;
			const last = found[found.length - 1];
			if (limit <= 0 || (found.length === limit && last && count < last.count)) continue;
			const entry = { form, term, count };
			let at = found.length;
			while (at > 0 && ranksAbove(found[at - 1] as typeof entry, entry) > 0) at -= 1;
			if (at >= limit) continue;
			found.splice(at, 0, entry);
			if (found.length > limit) found.pop();
		}
		return found;
	}

	get size(): number {
		return this.#forms.size;
	}
}

/** The written forms in sorted order, and by position each one's term and how often it occurs. */
interface SortedForms {
	forms: readonly string[];
	terms: readonly string[];
	counts: Float64Array;
}

const NO_FORMS: SortedForms = { forms: [], terms: [], counts: new Float64Array(0) };

/** A written form of the text close to a word, with its term, its distance from the word and how often it occurs. */
export interface CloseForm {
	form: string;
	term: string;
	distance: number;
	count: number;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of adjacent letters. */
export function editDistance(a: string, b: string): number {
	const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j += 1) (rows[0] as number[])[j] = j;
	for (let i = 1; i <= a.length; i += 1) {
		const row = rows[i] as number[];
		const previous = rows[i - 1] as number[];
		for (let j = 1; j <= b.length; j += 1) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
			}
			row[j] = best;
		}
	}
	return (rows[a.length] as number[])[b.length] as number;
}
