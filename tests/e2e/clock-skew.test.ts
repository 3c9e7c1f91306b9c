import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WINDOW_MS } from '../../src/discord/discord-clock.ts';
import { stallingCore, startDoor, withDeferredAnswer, type DoorHarness, type StallingCore } from '../helpers/doors.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

/**
 * The bot's host clock off from Discord's, which mints the ids and judges the window (the stand-in's clock). Each
 * door meets a fresh interaction first, as any running bot has: the clock offset is learned from its id.
 */
describe.each([
	['gateway', 'behind', 2000],
	['gateway', 'ahead of', -1500],
	['http', 'behind', 2000],
	['http', 'ahead of', -1500],
] as const)('through the %s door, the host clock %s Discord’s (Discord ahead by %i ms)', (door, _how, clockAheadMs) => {
	let h: DoorHarness;
	let core: StallingCore;
	const conclusions = (query: string, ageMs: number) => ({
		...h.standIn.commandSpec('conclusions', { query }),
		ageMs,
	});
	/** Once settled: its answer wherever it landed (completed after a deferral), and what Discord refused. */
	const settled = async (record: InteractionRecord) => withDeferredAnswer(h.standIn, record);

	beforeAll(async () => {
		core = stallingCore();
		h = await startDoor(door, core, { clockAheadMs });
		core.heardBy(h.standIn);
		const fresh = await h.send(conclusions('terrorism', 0));
		expect(fresh.acknowledgement?.type).toBe(4);
		expect(fresh.rejections).toEqual([]);
		// Starting a bot and waiting on its first answer (generously), on a machine that may be very busy.
	}, 60_000);
	afterAll(async () => {
		await h?.close();
	});

	it('answers a fresh interaction at once, without a deferral or a clock-skew warning', async () => {
		const record = await h.send(conclusions('poverty', 0));
		expect(record.rejections).toEqual([]);
		expect(record.acknowledgement?.type).toBe(4);
		expect(h.logs.filter((l) => l.includes('"clock":"clock-skew"'))).toEqual([]);
	});

	it('defers an interaction delivered 2.5 s late in time (not given up as expired), then completes it', async () => {
		const record = await settled(await h.send(conclusions('human rights', 2500)));
		expect(record.rejections).toEqual([]);
		expect(record.acknowledgement?.type).toBe(5);
		// By Discord's clock, within the window.
		expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
		expect(JSON.stringify(record.edits[0]?.embeds)).toContain('¶');
	});

	it('never answers after the window when a 1.2 s stall hits the work of an interaction delivered 2 s late', async () => {
		const expired = () => h.logs.filter((l) => l.includes('"outcome":"expired"')).length;
		const before = expired();
		core.stalls.push(1200);
		const record = await settled(await h.send(conclusions('disarmament', 2000)));
		// Either deferred before the work and completed, or given up once the stall made it too late: never a 10062.
		expect(record.rejections).toEqual([]);
		if (record.acknowledgement) {
			expect(record.acknowledgement.afterMs).toBeLessThan(WINDOW_MS);
			expect(record.acknowledgement.type).toBe(5);
			expect(record.edits).toHaveLength(1);
		} else {
			expect(expired()).toBe(before + 1);
		}
	});
});

/**
 * A host clock more than a minute off, which Discord's time heard with its responses and signed requests confirms: the
 * offset is learned like a small one. Taken instead as a broken clock, every interaction looked just arrived, and one
 * delivered 2.6 s late was answered directly, its work done, and refused after the window (10062).
 */
describe.each([
	['gateway', 70_000],
	['gateway', -70_000],
	['http', 70_000],
	['http', -70_000],
] as const)('through the %s door, Discord’s clock %i ms ahead of the host’s', (door, clockAheadMs) => {
	let h: DoorHarness;
	let core: StallingCore;

	beforeAll(async () => {
		core = stallingCore();
		h = await startDoor(door, core, { clockAheadMs });
		core.heardBy(h.standIn);
		// Starting a bot and waiting on its first answer (generously), on a machine that may be very busy.
	}, 60_000);
	afterAll(async () => {
		await h?.close();
	});

	it('answers fresh interactions at once, and logs the clock as skewed', async () => {
		for (const query of ['peace', 'poverty']) {
			const record = await h.send(h.standIn.commandSpec('conclusions', { query }));
			expect(record.rejections).toEqual([]);
			expect(record.acknowledgement?.type).toBe(4);
		}
		const lines = () => h.logs.filter((l) => l.includes('"msg":"interaction"'));
		// Over HTTP the line is written once the answer is out.
		await expect.poll(() => lines().length).toBe(2);
		for (const line of lines()) expect(line).toContain('"clock":"clock-skew"');
	});

	it('defers in time an interaction delivered 2.6 s late whose work stalls 600 ms, then completes it', async () => {
		core.stalls.push(600);
		const spec = { ...h.standIn.commandSpec('conclusions', { query: 'disarmament' }), ageMs: 2600 };
		const record = await withDeferredAnswer(h.standIn, await h.send(spec));
		expect(record.rejections).toEqual([]);
		expect(record.acknowledgement?.type).toBe(5);
		expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
		expect(JSON.stringify(record.edits[0]?.embeds)).toContain('¶');
	});
});
