import type { Paragraph, Theme } from '../corpus/types.ts';
import type { SearchOutcome } from './search-outcome.ts';

/**
 * Each theme's most central paragraph: the one its own label and description find first. What autocomplete offers
 * before anything is typed; worked out once, a theme at a time (`step`), so that a warm-up can spread the searches
 * over turns of the event loop.
 */
export class CentralParagraphs {
	readonly #themes: readonly Theme[];
	readonly #search: (query: string, theme: string) => SearchOutcome;
	readonly #onDone: (ms: number) => void;
	/** Each theme's paragraph so far, in the themes' order. */
	readonly #found: (Paragraph | undefined)[] = [];
	#ms = 0;
	#all: Paragraph[] | undefined;

	constructor(
		themes: readonly Theme[],
		search: (query: string, theme: string) => SearchOutcome,
		onDone: (ms: number) => void,
	) {
		this.#themes = themes;
		this.#search = search;
		this.#onDone = onDone;
	}

	/** The paragraphs once worked out, else undefined. */
	get known(): Paragraph[] | undefined {
		return this.#all;
	}

	/** All of them, worked out now if need be. */
	all(): Paragraph[] {
		while (!this.step());
		return this.#all ?? [];
	}

	/** Works out the next theme's paragraph; true once every theme's is. */
	step(): boolean {
		if (this.#all) return true;
		const theme = this.#themes[this.#found.length];
		if (theme) {
			const started = performance.now();
			const outcome = this.#search(`${theme.label} ${theme.description}`, theme.id);
			const [best] = outcome.hits.length > 0 ? outcome.hits : outcome.related;
			this.#found.push(best?.paragraph);
			this.#ms += performance.now() - started;
		}
		if (this.#found.length < this.#themes.length) return false;
		this.#all = [...new Set(this.#found.filter((p): p is Paragraph => p !== undefined))];
		this.#onDone(this.#ms);
		return true;
	}
}
