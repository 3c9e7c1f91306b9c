import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHarness, type HttpHarness } from '../helpers/http-harness.ts';
import { expectClearAnswer } from './expect-clear-answer.ts';
import { HOSTILE_CASES } from './hostile-table.ts';

describe('hostile input through the HTTP interactions endpoint', () => {
	let harness: HttpHarness;
	beforeAll(async () => {
		harness = await startHttpHarness();
	});
	afterAll(async () => {
		await harness?.close();
	});

	it.each(HOSTILE_CASES)('$name gets a clear answer within limits', async ({ spec, expect: expected }) => {
		const { status, record } = await harness.discord.interact(harness.standIn, harness.endpoint.url, spec);
		expect(status).toBe(200);
		await expectClearAnswer(harness.standIn, record, expected);
	});

	it('logged no handler failure', () => {
		expect(harness.logs.filter((line) => line.includes('"level":50'))).toEqual([]);
	});
});
