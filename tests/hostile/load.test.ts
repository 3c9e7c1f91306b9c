import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/bot-harness.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

const QUERIES = ['terrorism', 'human rights', 'poverty', 'regional organizations', 'weapons of mass destruction'];

describe('a burst of 1000 interactions', () => {
	let harness: Harness;
	const unhandled: unknown[] = [];
	const onUnhandled = (reason: unknown) => unhandled.push(reason);
	beforeAll(async () => {
		process.on('unhandledRejection', onUnhandled);
		// Discord's real 3 s window.
		harness = await startHarness();
	});
	afterAll(async () => {
		process.off('unhandledRejection', onUnhandled);
		await harness?.close();
	});

	it('gets 1000 correct replies, none deferred or refused, and no unhandled rejection', async () => {
		const { standIn } = harness;
		const specs = QUERIES.map((query) => standIn.commandSpec('conclusions', { query }));
		const records: InteractionRecord[] = [];
		// A burst of 1000 over about three seconds: fifty every 150 ms, whatever is still waiting.
		for (let i = 0; i < 1000; i += 1) {
			records.push(standIn.dispatchInteraction(specs[i % specs.length] ?? specs[0]!));
			if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 150));
		}
		await Promise.all(
			records.map((r) => standIn.waitFor(r, (x) => x.acknowledgement !== undefined || x.rejections.length > 0, 15_000)),
		);
		const reference = new Map<string, string | undefined>();
		for (const [i, record] of records.entries()) {
			expect(record.rejections).toEqual([]);
			// An immediate reply within the window: one request each.
			expect(record.acknowledgement?.type).toBe(4);
			const query = QUERIES[i % QUERIES.length] ?? '';
			const titles = JSON.stringify(record.acknowledgement?.data?.embeds?.map((e) => e.title));
			// Correct: every answer to the same query is the same as the first one.
			if (!reference.has(query)) reference.set(query, titles);
			expect(titles).toBe(reference.get(query));
			expect(record.acknowledgement?.data?.embeds?.length).toBeGreaterThan(0);
		}
		expect(unhandled).toEqual([]);
	});
});
