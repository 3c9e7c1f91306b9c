import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WINDOW_MS } from '../../src/discord/discord-clock.ts';
import { slowedCore, startDoor, type DoorHarness, type SlowedCore } from '../helpers/doors.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

const QUERIES = ['terrorism', 'poverty', 'human rights', 'disarmament'];
/** Each answer's work holds the process this long (a large corpus, a busy machine). */
const WORK_MS = 400;

/**
 * A burst of late interactions, each deferred at once, whose deferrals Discord takes in a moment later (it holds each
 * callback 150 ms). A deferred answer's work is done in its turn of the work queue, which waits while first responses
 * are going out. It waited for its turn only until its deferral had gone out: then it was worked out at once, at the
 * callback's answer, in a row with the others answered alike, each holding the process while the deferrals still
 * waiting (eight go at once) could not be sent, and were given up or sent too late. Through the gateway only: an HTTP
 * door's first responses are answers to requests, which this test's client reads (it passes there before the fix).
 */
describe('a burst of late interactions with slow work, through the gateway', () => {
	let h: DoorHarness;
	let core: SlowedCore;
	let records: InteractionRecord[];
	beforeAll(async () => {
		core = slowedCore();
		h = await startDoor('gateway', core);
		// A fresh interaction first: the clock offset is learned from its id, and the search tables are made.
		await h.send(h.standIn.commandSpec('conclusions', { query: 'peace' }));
		core.slowMs = WORK_MS;
		h.standIn.slowNext(/\/callback$/u, 300, 100);
		const late = (i: number) => ({
			...h.standIn.commandSpec('conclusions', { query: QUERIES[i % QUERIES.length] ?? '' }),
			ageMs: 2200,
		});
		records = await Promise.all(Array.from({ length: 24 }, (_, i) => h.send(late(i))));
		await Promise.all(
			records
				.filter((r) => r.acknowledgement?.type === 5)
				.map((r) => h.standIn.waitFor(r, (x) => x.edits.length > 0 || x.rejections.length > 0, 30_000)),
		);
	}, 90_000);
	afterAll(async () => {
		await h?.close();
	});

	it('defers every one in time and completes each', async () => {
		expect(records.flatMap((r) => r.rejections)).toEqual([]);
		expect(h.logs.filter((l) => l.includes('"outcome":"expired"'))).toEqual([]);
		for (const record of records) {
			expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
			expect(JSON.stringify((await h.standIn.answerOf(record))?.embeds)).toContain('¶');
		}
		expect(records.filter((r) => r.acknowledgement?.type === 5).length).toBeGreaterThan(records.length / 2);
	});
});
