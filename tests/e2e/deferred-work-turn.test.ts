import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WINDOW_MS } from '../../src/discord/discord-clock.ts';
import { slowedCore, startDoor, type DoorHarness, type SlowedCore } from '../helpers/doors.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

const QUERIES = ['terrorism', 'poverty', 'human rights', 'disarmament'];
/** Each answer's work holds the process this long (a large corpus, a busy machine). */
const WORK_MS = 400;

/**
 * A burst of late interactions, each deferred at once, whose deferrals Discord takes in a moment later (it holds each
 * callback 300 ms). A deferred answer's work is done in its turn of the work queue, which waits while first responses
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
			// The old code refused 16 deferrals as late from 2.1 s on (none at 2.05 s); at 2.2 s the code that passes kept
			// only about 100 ms in hand, which a busy machine's slower callbacks took.
			ageMs: 2100,
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

	// The old code had 16 of 24 deferrals refused as late. On a busy machine a deferral's turn to be sent can come too
	// late for it to arrive in time (each takes Discord 300 ms, eight at once): given up then, never sent late.
	it('sends no deferral late, and completes each one sent; on a quiet machine, all of them', async () => {
		expect(records.flatMap((r) => r.rejections)).toEqual([]);
		const sent = records.filter((r) => r.acknowledgement);
		const expired = h.logs.filter((l) => l.includes('"outcome":"expired"'));
		expect(sent.length + expired.length).toBe(records.length);
		for (const record of sent) {
			expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
			expect(JSON.stringify((await h.standIn.answerOf(record))?.embeds)).toContain('¶');
		}
		expect(sent.filter((r) => r.acknowledgement?.type === 5).length).toBeGreaterThan(records.length / 2);
	});
});
