import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/bot-harness.ts';
import { clickSpec } from '../stand-in/messages.ts';
import { expectClearAnswer } from './expect-clear-answer.ts';
import { HOSTILE_BUTTON_IDS, HOSTILE_CASES } from './hostile-table.ts';

describe('hostile input through the real discord.js client and the stand-in', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness?.close();
	});

	it('has at least fifty cases', () => {
		expect(HOSTILE_CASES.length + HOSTILE_BUTTON_IDS.length).toBeGreaterThanOrEqual(50);
	});

	it.each(HOSTILE_CASES)('$name gets a clear answer within limits', async ({ spec, expect: expected }) => {
		await expectClearAnswer(harness.standIn, await harness.standIn.interact(spec), expected);
	});

	it.each(HOSTILE_BUTTON_IDS)('forged, truncated or stale button id %j gets a clear answer', async (customId) => {
		const source = await harness.standIn.interact(harness.standIn.commandSpec('conclusions', { query: 'terrorism' }));
		// Sent as a click on a real message, but with an id the message never had.
		const record = await harness.standIn.interact(clickSpec(source, customId));
		await expectClearAnswer(harness.standIn, record, 'button');
	});

	it('stays up after all of them: no error logged, and it still answers', async () => {
		const errors = harness.logs.filter((line) => line.includes('"level":50'));
		expect(errors).toEqual([]);
		const after = await harness.standIn.interact(harness.standIn.commandSpec('conclusions', { query: 'poverty' }));
		expect((await harness.standIn.answerOf(after))?.embeds?.length).toBeGreaterThan(0);
	});
});
