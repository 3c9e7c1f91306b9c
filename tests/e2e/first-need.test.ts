import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { WINDOW_MS } from '../../src/discord/discord-clock.ts';
import type { MadeTables } from '../../src/search/first-need.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import type { FirstNeedWork } from '../../src/search/warm-up.ts';
import { SEED, seedCore } from '../helpers/corpus.ts';
import { busyFor, startDoor, type DoorHarness } from '../helpers/doors.ts';

/**
 * Interactions created this long before they reach the bot: with the stall below, an answer worked out before its
 * first response would reach Discord after its 3 s window. Deferred first, it is acknowledged in time.
 */
const AGE_MS = 2000;
/** The first piece of first-need work done in the bot's thread holds it this long (a busy machine making a table). */
const STALL_MS = WINDOW_MS - AGE_MS + 500;

/** A query with an acronym: its plan needs the acronym table. */
const NEEDS_ACRONYMS = 'terrorism OSCE';

const query = (value: string, focused = false) => ({ name: 'query', type: 3, value, ...(focused ? { focused } : {}) });

/**
 * A core over its own copy of the seed corpus, as after a start with a new index cache: nothing of what searches make
 * on first need is made yet. (The related-words table of the same corpus is already in this process, made for the
 * shared seed index: it is at hand, as in a cache folder, so the suite pays for no reduction of WordNet; the acronym
 * table is to make, which a query with an acronym needs.)
 */
function coldCore(stall: boolean) {
	seedCore();
	const corpus = loadCorpus(DEFAULT_DATA_DIR, SEED);
	const index = new ParagraphIndex(corpus);
	const done: FirstNeedWork[] = [];
	// The bot's own thread learns the acronyms, the table it has to make: that stalls it, as a busy machine would.
	index.onFirstNeed = (work) => {
		done.push(work);
		if (stall && work === 'acronyms') busyFor(STALL_MS);
	};
	return { core: new BotCore({ corpus, index }, commands), index, done };
}

/**
 * An autocomplete a little late, as they arrive: it cannot be deferred, so one that waited for the tables (held until
 * a test lets them arrive) would never be answered. Not as late as the searches: on a machine loaded far past its cores
 * (three suites at once on two), the one second `AGE_MS` leaves of the window was once too short to answer at all.
 */
const AUTOCOMPLETE_AGE_MS = 500;

const autocompleteSpec = () => ({
	type: 4,
	data: { id: '1', name: 'conclusions', type: 1, options: [query('', true)] },
	ageMs: AUTOCOMPLETE_AGE_MS,
});

describe.each(['gateway', 'http'] as const)(
	'while the search tables are made off the event loop, through the %s door',
	(door) => {
		let h: DoorHarness;
		let cold: ReturnType<typeof coldCore>;
		/** Opens the gate: the worker's tables arrive. */
		let tablesMade: (tables: MadeTables) => void = () => {};
		let warming: Promise<unknown>;

		beforeAll(async () => {
			cold = coldCore(false);
			// The worker that makes the tables, held until the test lets its tables arrive.
			cold.index.tablesComing(new Promise<MadeTables>((resolve) => (tablesMade = resolve)));
			h = await startDoor(door, cold.core);
			// As the bot does once ready.
			warming = cold.core.warmUp();
			// A fresh interaction first: the smallest delivery gap seen is the clock offset ages count from.
			const help = await h.send(h.standIn.commandSpec('help', {}));
			// A command that never searches is answered at once, whatever the index has left to do.
			expect(help.acknowledgement?.type).toBe(4);
		});
		afterAll(async () => {
			tablesMade({});
			await warming;
			await h?.close();
		});

		it('an empty autocomplete answers at once with what is ready: each theme’s first paragraph', async () => {
			const record = await h.send(autocompleteSpec());
			expect(record.acknowledgement?.type).toBe(8);
			const choices = (record.acknowledgement?.data as { choices?: { name: string }[] } | undefined)?.choices ?? [];
			expect(choices.length).toBeGreaterThan(0);
			for (const choice of choices) expect(choice.name).toMatch(/^¶\d+/);
			expect(cold.done).not.toContain('central-paragraphs');
		});

		it('a search is deferred, waits for the tables without holding the thread, then is completed', async () => {
			expect(cold.index.firstNeedPending).toBe(true);
			const record = await h.send({
				...h.standIn.commandSpec('conclusions', { query: NEEDS_ACRONYMS }),
				ageMs: AGE_MS,
			});
			expect(record.acknowledgement?.type).toBe(5);
			expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
			// The thread is free meanwhile: other interactions are answered at once, a search that needs no table too.
			const quote = await h.send(h.standIn.commandSpec('quote', { paragraph: '3' }));
			expect(quote.acknowledgement?.type).toBe(4);
			const plain = await h.send(h.standIn.commandSpec('conclusions', { query: 'terrorism' }));
			expect(plain.acknowledgement?.type).toBe(4);
			expect(record.edits).toEqual([]);
			expect(record.followUps).toEqual([]);
			const shared = seedCore().context.index;
			tablesMade({ relatedWords: shared.relatedWords(), acronyms: shared.acronyms() });
			await h.standIn.waitFor(record, (x) => x.edits.length > 0 || x.followUps.length > 0 || x.rejections.length > 0);
			expect(record.rejections).toEqual([]);
			expect(JSON.stringify([record.edits, record.followUps])).toMatch(/terrorism/i);
			// The acronyms came from the worker: they were not learned in the bot's thread.
			expect(cold.done).not.toContain('acronyms');
			expect(cold.index.firstNeedPending).toBe(false);
		});
	},
);

describe('a search that meets first-need work with no warm-up under way, through the gateway', () => {
	let h: DoorHarness;
	let cold: ReturnType<typeof coldCore>;
	beforeAll(async () => {
		cold = coldCore(true);
		h = await startDoor('gateway', cold.core);
		const help = await h.send(h.standIn.commandSpec('help', {}));
		expect(help.acknowledgement?.type).toBe(4);
	});
	afterAll(async () => {
		await h?.close();
	});

	it('an empty autocomplete answers at once, doing none of the work', async () => {
		const record = await h.send(autocompleteSpec());
		expect(record.acknowledgement?.type).toBe(8);
		expect(cold.done).toEqual([]);
	});

	it('is deferred before the work (which holds the thread), then completed', async () => {
		const record = await h.send({ ...h.standIn.commandSpec('conclusions', { query: NEEDS_ACRONYMS }), ageMs: AGE_MS });
		expect(record.acknowledgement?.type).toBe(5);
		expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
		await h.standIn.waitFor(record, (x) => x.edits.length > 0 || x.followUps.length > 0 || x.rejections.length > 0);
		expect(record.rejections).toEqual([]);
		expect(cold.done.length).toBeGreaterThan(0);
		expect(JSON.stringify([record.edits, record.followUps])).toMatch(/terrorism/i);
		expect(h.logs.filter((l) => l.includes('"outcome":"expired"'))).toEqual([]);
	});
});
