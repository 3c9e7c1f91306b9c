import type { BuiltIndex } from './built-index.ts';
import type { FirstNeed, MadeTables, TableName } from './first-need.ts';
import type { CentralParagraphs } from './central-paragraphs.ts';
import { sharedSenses } from './text-senses.ts';

/** A piece of work an index does on first need (see `FirstNeed`), or the themes' central paragraphs (autocomplete's). */
export type FirstNeedWork = FirstNeed | 'central-paragraphs';

/** What a warm-up did: the tables made in a worker thread, the rest done here (a slice per turn), and in how long. */
export interface WarmUpReport {
	offThread: TableName[];
	here: FirstNeedWork[];
	/** The worker failed: the tables it was to make were made here instead. */
	workerFailed: boolean;
	ms: number;
}

/** An index as a warm-up sees it. */
export interface Warmable {
	/** The first-need work not done yet. */
	pending(): FirstNeedWork[];
	/** The pending tables that would have to be made, not read (seconds of work each). */
	toMake(): TableName[];
	/** Makes (or reads) the tables in a worker thread; `undefined` when the worker failed. */
	makeOffThread(tables: TableName[]): Promise<MadeTables | undefined>;
	adopt(tables: MadeTables): void;
	/** Does a slice of `work` in this thread (a few milliseconds to a few tens); true once it is all done. */
	step(work: FirstNeedWork): boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Does an index's first-need work ahead of the first search that needs it, without holding the event loop: the
 * tables that would take seconds to make are made in a worker thread, while this thread reads what is at hand (tables
 * in the cache folder, the word vectors), one slice per turn of the event loop so that interactions are read and
 * answered in between. The themes' central paragraphs come last: they are searches, which may need the tables.
 */
export async function warmUp(index: Warmable): Promise<WarmUpReport> {
	const started = performance.now();
	const offThread = index.toMake();
	const made = offThread.length > 0 ? index.makeOffThread(offThread) : undefined;
	const here: FirstNeedWork[] = [];
	const doHere = async (work: FirstNeedWork) => {
		here.push(work);
		for (;;) {
			await nextTurn();
			if (index.step(work)) return;
		}
	};
	const beforeSearches = () => index.pending().filter((work) => work !== 'central-paragraphs');
	for (const work of beforeSearches()) if (!(offThread as FirstNeedWork[]).includes(work)) await doHere(work);
	const tables = made && (await made);
	if (tables) index.adopt(tables);
	// A worker that failed leaves its tables to be made here, once, rather than by every search that waits for them.
	for (const work of beforeSearches()) await doHere(work);
	if (index.pending().includes('central-paragraphs')) await doHere('central-paragraphs');
	return { offThread, here, workerFailed: made !== undefined && !tables, ms: Math.round(performance.now() - started) };
}

/** A built index and its central paragraphs as a warm-up sees them; `makeOffThread` as `makeTablesOffThread`. */
export function warmableIndex(
	built: BuiltIndex,
	central: CentralParagraphs,
	makeOffThread: (tables: TableName[]) => Promise<MadeTables | undefined>,
): Warmable {
	return {
		pending: () => {
			const pending: FirstNeedWork[] = built.pending();
			if (!central.known) pending.push('central-paragraphs');
			return pending;
		},
		toMake: () => built.toMake(),
		makeOffThread,
		adopt: (tables) => built.adopt(tables),
		step: (work) => {
			switch (work) {
				case 'related-words':
					built.relatedWords();
					return true;
				case 'acronyms':
					built.acronyms();
					return true;
				case 'acronym-definitions':
					built.defines('');
					return true;
				case 'word-vectors': {
					built.semantic();
					// The text's words that share a sense, worked out once per table (see `sharedSenses`), not by a search.
					const table = built.relatedAtHand();
					if (table) sharedSenses(table, built.closeness);
					return true;
				}
				case 'central-paragraphs':
					return central.step();
			}
		},
	};
}
