import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DiscordClock, MARGIN_MS, SKEW_MS, WINDOW_MS } from '../../src/discord/discord-clock.ts';
import { startHttpHarness } from '../helpers/http-harness.ts';
import { seedCore } from '../helpers/corpus.ts';
import { slowedCore, startDoor, type DoorHarness, type SlowedCore } from '../helpers/doors.ts';
import { findInConclusions as findIn } from '../stand-in/interaction.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

/**
 * Synchronous work per answer: once the bot has seen answers take this long, it expects the next one may take twice
 * as long, which leaves less than the margin of Discord's window, so it defers before working.
 */
const SLOW_MS = Math.ceil((WINDOW_MS - MARGIN_MS) / 2) + 100;

const text = (r: InteractionRecord | undefined) => JSON.stringify(r?.message ?? {});

describe.each(['gateway', 'http'] as const)('real commands behind a slow core, through the %s door', (door) => {
	let h: DoorHarness;
	let core: SlowedCore;
	/** When the bot last saw two slow answers in a row (`performance.now()`); none yet. */
	let taughtAt: number | undefined;
	const edited = (r: InteractionRecord) =>
		h.standIn.waitFor(r, (x) => x.edits.length > 0 || x.rejections.length > 0, 15_000);

	/**
	 * Two slow answers, one after the other: one slow answer may be a one-off, the second makes it a trend. The work is
	 * fast again afterwards: what the tests below check is the decision taken before any work, from what the bot has
	 * seen, and it remembers answer costs for 30 s (src/discord/answer-costs.ts).
	 */
	async function teach(): Promise<InteractionRecord[]> {
		core.slowMs = SLOW_MS;
		const records: InteractionRecord[] = [];
		for (const name of ['help', 'themes']) {
			const record = await h.send(h.standIn.commandSpec(name, {}));
			// Taught before, the bot defers instead; the cost is recorded once the deferred work is done.
			if (record.acknowledgement?.type === 5) await edited(record);
			records.push(record);
		}
		core.slowMs = 0;
		taughtAt = performance.now();
		return records;
	}

	beforeAll(async () => {
		core = slowedCore();
		h = await startDoor(door, core);
	});
	// Taught again well inside the 30 s, should a busy machine have made the tests so far take that long.
	beforeEach(async () => {
		if (taughtAt !== undefined && performance.now() - taughtAt > 15_000) await teach();
	});
	afterAll(async () => {
		await h?.close();
	});

	it('answers at once while it has no reason to expect slowness, and learns the cost from two slow answers', async () => {
		for (const record of await teach()) {
			expect(record.rejections).toEqual([]);
			expect(record.acknowledgement?.type).toBe(4);
			expect(record.acknowledgement?.afterMs).toBeGreaterThanOrEqual(SLOW_MS);
		}
	});

	it.each([
		['/themes', (h: DoorHarness) => h.standIn.commandSpec('themes', {})],
		['/help', (h: DoorHarness) => h.standIn.commandSpec('help', {})],
		[
			'/conclusions private:true',
			(h: DoorHarness) => h.standIn.commandSpec('conclusions', { query: 'terrorism', private: true }),
		],
		['"Find in conclusions"', () => findIn('Participants recognized that terrorism represents a major challenge')],
	])('%s defers privately (flag 64) before working, and lands by editing', async (_name, spec) => {
		const record = await h.send(spec(h));
		expect(record.acknowledgement).toMatchObject({ type: 5, data: { flags: 64 } });
		await edited(record);
		expect(record.rejections).toEqual([]);
		expect(record.followUps).toEqual([]);
		// The private placeholder became the answer, still private.
		expect(record.message?.flags).toBe(64);
		expect(`${record.edits[0]?.content ?? ''}${JSON.stringify(record.edits[0]?.embeds ?? [])}`.length).toBeGreaterThan(
			20,
		);
		expect(record.edits[0]?.allowed_mentions).toEqual({ parse: [] });
	});

	it('a public search that finds nothing leaves no public message and tells the asker privately', async () => {
		const record = await h.send(h.standIn.commandSpec('conclusions', { query: 'zzqx' }));
		expect(record.acknowledgement?.type).toBe(5);
		expect(record.acknowledgement?.data?.flags ?? 0).toBe(0);
		await h.standIn.waitFor(record, (r) => r.followUps.length > 0 || r.rejections.length > 0, 15_000);
		expect(record.rejections).toEqual([]);
		expect(record.deleted).toBe(true);
		expect(record.edits).toEqual([]);
		expect(record.followUps).toHaveLength(1);
		expect(record.followUps[0]?.flags).toBe(64);
		expect(record.followUps[0]?.content).toMatch(/No paragraph matches “zzqx”/);
	});

	it('a page turn defers as an update (type 6) and updates the results in place', async () => {
		const source = await h.send(h.standIn.commandSpec('conclusions', { query: 'terrorism' }));
		if (source.acknowledgement?.type === 5) await edited(source);
		expect(text(source)).toContain('page 1 of 2');
		const click = await h.click(source, 'pg:1::');
		expect(click.acknowledgement?.type).toBe(6);
		await edited(click);
		expect(click.rejections).toEqual([]);
		expect(click.followUps).toEqual([]);
		expect(text(source)).toContain('page 2 of 2');
	});

	it('Delete defers as an update (type 6) and deletes the post', async () => {
		const source = await h.send(h.standIn.commandSpec('quote', { paragraph: '3' }));
		if (source.acknowledgement?.type === 5) await edited(source);
		expect(source.deleted).toBeUndefined();
		const click = await h.click(source, 'del');
		expect(click.acknowledgement?.type).toBe(6);
		await h.standIn.waitFor(source, (r) => r.deleted === true || click.rejections.length > 0, 15_000);
		expect(click.rejections).toEqual([]);
		expect(click.followUps).toEqual([]);
		expect(source.deleted).toBe(true);
	});
});

describe.each(['gateway', 'http'] as const)('Discord’s clock read from the snowflake, through the %s door', (door) => {
	let h: DoorHarness;
	beforeAll(async () => {
		h = await startDoor(door, seedCore());
		// A fresh interaction first: the smallest delivery gap seen is the clock offset ages count from.
		const fresh = await h.send(h.standIn.commandSpec('conclusions', { query: 'terrorism' }));
		expect(fresh.acknowledgement?.type).toBe(4);
	});
	afterAll(async () => {
		await h?.close();
	});

	it('defers at once an interaction created 2.5 s ago, then completes it', async () => {
		const record = await h.send({ ...h.standIn.commandSpec('conclusions', { query: 'poverty' }), ageMs: 2500 });
		expect(record.acknowledgement?.type).toBe(5);
		expect(record.acknowledgement?.afterMs).toBeLessThan(WINDOW_MS);
		await h.standIn.waitFor(record, (r) => r.edits.length > 0 || r.rejections.length > 0);
		expect(record.rejections).toEqual([]);
		expect(JSON.stringify(record.edits[0]?.embeds)).toContain('¶');
	});

	it('does not answer an interaction created 3.5 s ago, and logs it as expired', async () => {
		const record = await h.send({ ...h.standIn.commandSpec('conclusions', { query: 'peace' }), ageMs: 3500 });
		expect(record.acknowledgement).toBeUndefined();
		// Not even tried: Discord refused nothing.
		expect(record.rejections).toEqual([]);
		if (door === 'http') expect(record.httpStatus).toBe(410);
		const lines = h.logs.filter((l) => l.includes('"outcome":"expired"'));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/"command":"conclusions"/);
	});
});

describe('a host clock that disagrees with Discord’s', () => {
	it.each([
		['two minutes ahead', SKEW_MS * 2, 'clock-skew'],
		['two minutes behind', -SKEW_MS * 2, 'clock-skew'],
		// Within a minute either way, the offset is learned from the ids: no warning.
		['ten seconds behind', -10_000, undefined],
		['five seconds ahead', 5000, undefined],
	])('%s: interactions are answered at once, not taken as expired', async (_name, aheadMs, flag) => {
		const h = await startHttpHarness({ clock: new DiscordClock(() => Date.now() + aheadMs) });
		try {
			for (const query of ['terrorism', 'poverty', 'human rights']) {
				const { status, record } = await h.discord.interact(
					h.standIn,
					h.endpoint.url,
					h.standIn.commandSpec('conclusions', { query }),
				);
				expect(status).toBe(200);
				expect(record.acknowledgement?.type).toBe(4);
				expect(record.rejections).toEqual([]);
			}
			const lines = h.logs.filter((l) => l.includes('"msg":"interaction"'));
			expect(lines).toHaveLength(3);
			for (const line of lines) {
				expect(line).toContain('"outcome":"ok"');
				if (flag) expect(line).toContain(`"clock":"${flag}"`);
				else expect(line).not.toContain('"clock"');
			}
		} finally {
			await h.close();
		}
	});
});
