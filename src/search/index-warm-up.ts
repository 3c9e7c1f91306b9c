import type { Paragraph } from '../corpus/types.ts';
import { withoutAskedNoun } from './answer-type.ts';
import type { BuiltIndex } from './built-index.ts';
import type { CentralParagraphs } from './central-paragraphs.ts';
import type { MadeTables, TableName } from './first-need.ts';
import { planQuery } from './query-plan.ts';
import type { PlanSources } from './query-unit.ts';
import { warmableIndex, warmUp, type Warmable, type WarmUpReport } from './warm-up.ts';

/** Thrown by a table a plan asks for while it is still to make (see `needsTablesFor`); never leaves the index. */
class NeedsTable extends Error {}

/**
 * An index's first-need work as a door sees it: whether a search may meet seconds of it, and the one warm-up that does
 * it ahead, off the event loop (see `ParagraphIndex`, which answers these questions through it).
 */
export class IndexWarmUp {
	readonly #built: BuiltIndex;
	readonly #sources: PlanSources;
	readonly #central: CentralParagraphs;
	/** The index as its warm-up sees it. */
	readonly #warmable: Warmable;
	#warming: Promise<WarmUpReport> | undefined;
	#tablesComing: Promise<MadeTables | undefined> | undefined;
	/** Set once no table was left to make: then `firstNeedPending` costs nothing. */
	#tablesAtHand = false;

	/** @param makeOffThread - makes the tables in a worker thread (see `makeTablesOffThread`) */
	constructor(
		built: BuiltIndex,
		sources: PlanSources,
		central: CentralParagraphs,
		makeOffThread: (tables: TableName[]) => Promise<MadeTables | undefined>,
	) {
		this.#built = built;
		this.#sources = sources;
		this.#central = central;
		this.#warmable = warmableIndex(
			built,
			central,
			async (tables) => (await this.#tablesComing) ?? makeOffThread(tables),
		);
	}

	/**
	 * The central paragraphs when they are worked out, or can be at once (no warm-up under way, no table left to make
	 * or read); else undefined, and a warm-up does it: for autocomplete, which cannot wait.
	 */
	centralParagraphsIfReady(): Paragraph[] | undefined {
		if (this.#central.known || this.#warming || this.#built.pending().length > 0) return this.#central.known;
		return this.#central.all();
	}

	/**
	 * Whether a search may still meet first-need work that takes seconds: a table to make (the first search after a
	 * start with a new or changed corpus, until a warm-up has made it off the event loop). Then a door defers before
	 * answering, and the answer waits for `warmUp`. The rest (tables to read back, the word vectors to open) takes
	 * milliseconds, and a warm-up does it ahead too. Cheap: once no table is left to make, none is again.
	 */
	get firstNeedPending(): boolean {
		if (this.#tablesAtHand) return false;
		this.#tablesAtHand = this.#built.toMake().length === 0;
		return !this.#tablesAtHand;
	}

	/**
	 * Whether searching for `query` needs a table still to make: its plan is worked out with tables that refuse to be
	 * made (without word vectors, which take milliseconds). Most queries need none (a word the text lacks, a phrase, an
	 * acronym do): those are answered at once while a warm-up makes the tables. Cheap; false once none is to make.
	 */
	needsTablesFor(query: string): boolean {
		if (!this.firstNeedPending) return false;
		const toMake = this.#built.toMake();
		const refused =
			<T>(table: TableName, get: () => T) =>
			(): T => {
				if (toMake.includes(table)) throw new NeedsTable(table);
				return get();
			};
		try {
			planQuery(withoutAskedNoun(query), {
				...this.#sources,
				related: refused('related-words', this.#sources.related),
				acronyms: refused('acronyms', this.#sources.acronyms),
				semantic: () => undefined,
				isEnglish: () => true,
			});
			return false;
		} catch (error) {
			if (error instanceof NeedsTable) return true;
			throw error;
		}
	}

	/** Whether every piece of first-need work is done (see `warmUp`). */
	get warm(): boolean {
		return this.#warmable.pending().length === 0;
	}

	/**
	 * Does the first-need work ahead of the searches that need it, without holding the event loop (see `warmUp`): the
	 * bot starts it once ready, and a search that meets first-need work waits for it. One at a time: a call while one is
	 * under way gets that one.
	 */
	warmUp(): Promise<WarmUpReport> {
		this.#warming ??= warmUp(this.#warmable).finally(() => (this.#warming = undefined));
		return this.#warming;
	}

	/**
	 * Tables a worker already makes for this index (see `buildIndexOffThread`): a warm-up waits for them rather than
	 * making them again (and makes them itself should that worker fail).
	 */
	tablesComing(tables: Promise<MadeTables | undefined>): void {
		this.#tablesComing = tables;
	}

	/** A warm-up under way, if any. */
	get warming(): Promise<WarmUpReport> | undefined {
		return this.#warming;
	}

	/** Does all the first-need work now, in this thread (tools and tests, which have no window to keep). */
	warmNow(): void {
		for (const work of this.#warmable.pending()) while (!this.#warmable.step(work));
	}
}
