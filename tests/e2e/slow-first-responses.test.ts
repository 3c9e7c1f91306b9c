import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WINDOW_MS } from '../../src/discord/discord-clock.ts';
import { seedCore } from '../helpers/corpus.ts';
import { startDoor, type DoorHarness } from '../helpers/doors.ts';
import { CALLBACK, dispatchPlanned, QUERIES } from '../helpers/planned-dispatch.ts';

// A burst file (see vitest.config.ts): its acknowledgements are timed against Discord's 3 s window in the process that
// also runs the bot.
/**
 * Discord slow to take first responses in, or rate limiting one: each case with a bot of its own, as what it measures
 * of its sends (the slowest lately) decides what it gives up afterwards.
 */
describe('first responses that Discord is slow to take, through the gateway door', () => {
	let h: DoorHarness;

	beforeEach(async () => {
		h = await startDoor('gateway', seedCore());
		await h.send(h.standIn.commandSpec('conclusions', { query: 'peace' }));
		// Starting a bot and waiting on its first answer (generously), on a machine that may be very busy.
	}, 60_000);
	afterEach(async () => {
		await h?.close();
	});

	it('waits out a short rate limit on a first response, within the window', async () => {
		h.standIn.failNext(CALLBACK, 429, 1, { message: 'You are being rate limited.', retry_after: 0.3, global: false });
		const record = await h.send({ ...h.standIn.commandSpec('conclusions', { query: 'peace' }), ageMs: 1000 });
		expect(record.rejections).toEqual([]);
		expect([4, 5]).toContain(record.acknowledgement?.type);
		expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
	});

	it.each([
		['24 fresh interactions, each first response taking Discord 1 s', 24, 0, 1000],
		['40 interactions delivered together 1.2 s late, each first response taking Discord 500 ms', 40, 1200, 500],
	])('acknowledges in time %s', async (_name, count, ageMs, holdMs) => {
		// Discord holds each request before taking it in: its answer, and its acknowledgement, come that much later.
		const records = Array.from({ length: count }, (_, i) =>
			dispatchPlanned(
				h,
				{ ...h.standIn.commandSpec('conclusions', { query: QUERIES[i % QUERIES.length]! }), ageMs },
				(own) => h.standIn.slowNext(own, holdMs),
			),
		);
		await expect.poll(() => h.logs.filter((l) => l.includes('"msg":"interaction"')).length).toBe(count + 1);
		// Eight at a time, those past the second or third round were given up, though sent at once all were in time.
		for (const record of records) {
			expect(record.rejections).toEqual([]);
			expect([4, 5]).toContain(record.acknowledgement?.type);
			expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
		}
		await Promise.all(
			records
				.filter((r) => r.acknowledgement?.type === 5)
				.map((r) => h.standIn.waitFor(r, (x) => x.edits.length > 0 || x.rejections.length > 0, 15_000)),
		);
		for (const record of records.filter((r) => r.acknowledgement?.type === 5)) expect(record.edits).toHaveLength(1);
	});
});
