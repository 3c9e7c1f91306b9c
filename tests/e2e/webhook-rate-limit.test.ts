import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCore } from '../helpers/corpus.ts';
import { startDoor, type DoorHarness } from '../helpers/doors.ts';

// discord.js percent-encodes the @ of @original in the path.
const EDIT_ORIGINAL = /^PATCH \/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/(@|%40)original$/;

/**
 * A deferred answer's edit rate limited (429) for longer than the interaction token lives (15 minutes from the
 * interaction's creation): no wait can make it land. Left to the REST client, the retry-after was waited out whatever
 * its length, the interaction held as in flight for all of it (a shutdown's grace, memory), and the edit then sent
 * with a token that had expired. The bot gives it up at once, as an answer Discord no longer takes.
 */
describe.each(['gateway', 'http'] as const)('through the %s door, an edit rate limited past the token', (door) => {
	let h: DoorHarness;
	const interactionLines = () => h.logs.filter((l) => l.includes('"msg":"interaction"'));
	const late = (query: string) => ({ ...h.standIn.commandSpec('conclusions', { query }), ageMs: 2500 });
	/**
	 * A late interaction the bot defers (2.5 s old, so it defers at once). On a busy machine one may reach the bot past
	 * the window: then it is given up as expired, never answered late, and another is sent (at most five).
	 */
	const deferredLate = async (query: string) => {
		for (let tries = 1; ; tries += 1) {
			const expiredBefore = h.logs.filter((l) => l.includes('"outcome":"expired"')).length;
			const record = await h.send(late(query));
			if (record.acknowledgement !== undefined || tries === 5) return record;
			await expect
				.poll(() => h.logs.filter((l) => l.includes('"outcome":"expired"')).length, { timeout: 15_000 })
				.toBeGreaterThan(expiredBefore);
			expect(record.rejections).toEqual([]);
		}
	};

	beforeAll(async () => {
		h = await startDoor(door, seedCore());
		// A fresh interaction first: the smallest delivery gap seen is the clock offset ages count from, so that the late
		// ones are read as 2.5 s late.
		await h.send(h.standIn.commandSpec('conclusions', { query: 'peace' }));
		// Starting a bot and waiting on its first answer (generously), on a machine that may be very busy.
	}, 60_000);
	afterAll(async () => {
		await h?.close();
	});

	it('gives the answer up at once, and answers the next interactions', async () => {
		// Twenty minutes, for this token's edits only (a per-route limit, not the global one).
		h.standIn.failNext(EDIT_ORIGINAL, 429, 1, {
			message: 'You are being rate limited.',
			retry_after: 1200,
			global: false,
		});
		const record = await deferredLate('terrorism');
		expect(record.acknowledgement?.type).toBe(5);
		await expect.poll(() => interactionLines().at(-1), { timeout: 15_000 }).toContain('"outcome":"gone"');
		expect(record.edits).toEqual([]);
		// Another interaction's token is another route: its deferred answer lands.
		const next = await deferredLate('poverty');
		expect(next.acknowledgement?.type).toBe(5);
		await h.standIn.waitFor(next, (r) => r.edits.length > 0 || r.rejections.length > 0, 15_000);
		expect(next.rejections).toEqual([]);
		expect(JSON.stringify(next.edits[0]?.embeds)).toContain('¶');
	});
});
