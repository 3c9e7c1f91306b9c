import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WINDOW_MS } from '../../src/discord/discord-clock.ts';
import {
	busyFor,
	stallingCore,
	startDoor,
	withDeferredAnswer,
	type DoorHarness,
	type StallingCore,
} from '../helpers/doors.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

/** How long the event loop stalls, before the test's interaction and within its work. */
const STALL_MS = 1250;

/**
 * A process whose event loop lately stalled for over a second (a garbage collection, a big synchronous task, the
 * process left without a core on a busy host), and stalls so again while it works out an answer. An interaction
 * delivered 1.7 s late leaves 1.3 s: enough for the answer as its costs go, so it was answered at once, the stall came,
 * and the answer was given up as too late once worked out (never acknowledged: "The application did not respond").
 * A stall as long as the loop's recent ones is now expected: the bot defers first, and completes the answer after.
 * The stalls are a sleeping thread (Atomics.wait), the same on a busy machine as on a free one.
 */
describe.each(['gateway', 'http'] as const)('through the %s door, an event loop that lately stalled', (door) => {
	let h: DoorHarness;
	let core: StallingCore;

	beforeAll(async () => {
		core = stallingCore();
		h = await startDoor(door, core);
		core.heardBy(h.standIn);
		// A fresh interaction first: the clock offset is learned from its id, and the search tables are made.
		const fresh = await h.send(h.standIn.commandSpec('conclusions', { query: 'peace' }));
		expect(fresh.acknowledgement?.type).toBe(4);
	}, 60_000);
	afterAll(async () => {
		await h?.close();
	});

	it.each([
		['terrorism', 1700],
		['human rights', 1850],
	])('defers %s, delivered %i ms late, before a stall in its work makes it late', async (query, ageMs) => {
		// A stall of the loop while no interaction is in flight (a collection of garbage, another task's work).
		await new Promise((resolve) => setTimeout(resolve, 50));
		busyFor(STALL_MS);
		await new Promise((resolve) => setTimeout(resolve, 50));
		core.stalls.push(STALL_MS);
		const spec = { ...h.standIn.commandSpec('conclusions', { query }), ageMs };
		const record: InteractionRecord = await withDeferredAnswer(h.standIn, await h.send(spec));
		expect(record.rejections).toEqual([]);
		expect(record.acknowledgement?.type).toBe(5);
		expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
		expect(JSON.stringify(record.edits[0]?.embeds)).toContain('¶');
		expect(h.logs.filter((l) => l.includes('"outcome":"expired"'))).toEqual([]);
	});
});
