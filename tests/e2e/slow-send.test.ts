import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCore } from '../helpers/corpus.ts';
import { startDoor, type DoorHarness } from '../helpers/doors.ts';

/** A send this slow, taken as the next one's length twice over, would leave nothing of Discord's 3 s window. */
const SLOW_SEND_MS = 1_600;

describe('one slow send through the gateway door', () => {
	let h: DoorHarness;

	beforeAll(async () => {
		h = await startDoor('gateway', seedCore());
	});
	afterAll(async () => {
		await h?.close();
	});

	it('does not make the bot give up the interactions that follow', async () => {
		// Discord's API (or the network to it) stalls once: the first response takes 1.6 s to go through.
		h.standIn.slowNext(/^POST \/api\/v10\/interactions\/\d+\/[^/]+\/callback$/, SLOW_SEND_MS);
		const first = await h.send(h.standIn.commandSpec('conclusions', { query: 'terrorism' }));
		expect(first.acknowledgement?.type).toBe(4);
		// The next interactions arrive fresh: each still has nearly all of its window, and is answered.
		for (const query of ['poverty', 'human rights', 'disarmament']) {
			const record = await h.send(h.standIn.commandSpec('conclusions', { query }));
			expect(record.rejections).toEqual([]);
			expect([4, 5]).toContain(record.acknowledgement?.type);
		}
		expect(h.logs.filter((l) => l.includes('"outcome":"expired"'))).toEqual([]);
	});
});
