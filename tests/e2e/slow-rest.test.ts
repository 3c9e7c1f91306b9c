import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WINDOW_MS } from '../../src/discord/discord-clock.ts';
import { seedCore } from '../helpers/corpus.ts';
import { startDoor, type DoorHarness } from '../helpers/doors.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

const CALLBACK = /^POST \/api\/v10\/interactions\/\d+\/[^/]+\/callback$/;
// discord.js percent-encodes the @ of @original in the path.
const EDIT_ORIGINAL = /^PATCH \/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/(@|%40)original$/;
const QUERIES = ['terrorism', 'poverty', 'human rights', 'disarmament'];

/** Discord's REST side slow or refusing for a while, through the gateway door (whose first responses are REST calls). */
describe('a slow or failing REST API, through the gateway door', () => {
	let h: DoorHarness;
	const completed = (r: InteractionRecord) =>
		h.standIn.waitFor(r, (x) => x.edits.length > 0 || x.rejections.some((j) => j.body.code !== 40060), 15_000);
	/** An interaction delivered 2.5 s late: the bot defers it at once. */
	const late = (query: string) => ({ ...h.standIn.commandSpec('conclusions', { query }), ageMs: 2500 });

	beforeAll(async () => {
		h = await startDoor('gateway', seedCore());
		await h.send(h.standIn.commandSpec('conclusions', { query: 'peace' }));
		// Starting a bot and waiting on its first answer (generously), on a machine that may be very busy.
	}, 60_000);
	afterAll(async () => {
		await h?.close();
	});

	it('completes a deferral that landed although its answer was lost (a 502 after Discord took it)', async () => {
		h.standIn.failNext(CALLBACK, 502, 1, undefined, { afterHandling: true });
		const record = await h.send(late('terrorism'));
		expect(record.acknowledgement?.type).toBe(5);
		expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
		await completed(record);
		// The retry was refused as already acknowledged; it did not end the interaction: the placeholder was edited.
		expect(record.rejections.map((r) => r.body.code)).toEqual([40060]);
		expect(record.edits).toHaveLength(1);
		expect(JSON.stringify(record.edits[0]?.embeds)).toContain('¶');
		// Logged as a deferred answer, not as gone.
		await expect
			.poll(() => h.logs.findLast((l) => l.includes('"msg":"interaction"')))
			.toContain('"outcome":"deferred"');
	});

	it('waits out a 429 with a 2 s retry-after on the edit, and the deferred answer still lands', async () => {
		h.standIn.failNext(EDIT_ORIGINAL, 429, 1, {
			message: 'You are being rate limited.',
			retry_after: 2,
			global: false,
		});
		const injected = h.standIn.faults.injected;
		const record = await h.send(late('poverty'));
		expect(record.acknowledgement?.type).toBe(5);
		await completed(record);
		expect(h.standIn.faults.injected).toBe(injected + 1);
		expect(record.rejections).toEqual([]);
		expect(record.edits).toHaveLength(1);
	});

	it('answers a burst in time while one first response takes 2 s to be answered', async () => {
		h.standIn.slowNext(CALLBACK, 2000, 1, { afterHandling: true });
		const first = h.standIn.dispatchInteraction(h.standIn.commandSpec('conclusions', { query: 'peace' }));
		await h.standIn.waitFor(first, (r) => r.acknowledgement !== undefined);
		// The bot is still waiting for the answer to that first response when twenty more arrive.
		const burst = Array.from({ length: 20 }, (_, i) =>
			h.standIn.dispatchInteraction(h.standIn.commandSpec('conclusions', { query: QUERIES[i % QUERIES.length]! })),
		);
		const records = [first, ...burst];
		await Promise.all(records.map((r) => h.standIn.waitFor(r, (x) => x.acknowledgement !== undefined, 15_000)));
		await Promise.all(records.filter((r) => r.acknowledgement?.type === 5).map(completed));
		for (const record of records) {
			expect(record.rejections).toEqual([]);
			expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
			const answer = record.acknowledgement?.type === 4 ? record.acknowledgement.data : record.edits[0];
			expect(JSON.stringify(answer?.embeds)).toContain('¶');
		}
	});
});
