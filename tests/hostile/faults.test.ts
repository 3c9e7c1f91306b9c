import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/bot-harness.ts';
import { CloseCodes } from '../stand-in/gateway-server.ts';

/** Polls a condition (for things the stand-in has no record of, such as log lines). */
async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error(`test: ${what} did not happen in ${timeoutMs} ms`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe('faults of the gateway and of REST', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness?.close();
	});
	const ask = (query = 'terrorism') => harness.standIn.interact(harness.standIn.commandSpec('conclusions', { query }));
	const answered = async (query?: string) => {
		const record = await ask(query);
		expect(record.rejections).toEqual([]);
		expect(record.acknowledgement?.data?.embeds?.length).toBeGreaterThan(0);
		return record;
	};

	it('resumes after the gateway drops the connection, and keeps answering', async () => {
		const { gateway } = harness.standIn;
		const identifies = gateway.identifies.length;
		gateway.disconnectAll(CloseCodes.UnknownError);
		await until(() => gateway.liveSessions.length === 0, 'the drop');
		await gateway.waitForSessions(1);
		await answered();
		// Resumed, not identified again: the same session carries on.
		expect(gateway.identifies.length).toBe(identifies);
	});

	it('identifies again after INVALID_SESSION, and keeps answering', async () => {
		const { gateway } = harness.standIn;
		const identifies = gateway.identifies.length;
		gateway.invalidateSessions();
		await until(() => gateway.identifies.length > identifies, 'a new IDENTIFY', 15_000);
		await gateway.waitForSessions(1);
		await answered('poverty');
	});

	it('waits out a 429 with retry-after on the callback, and the reply still arrives', async () => {
		const before = harness.standIn.faults.injected;
		harness.standIn.failNext(/^POST \/api\/v10\/interactions\/.+\/callback$/, 429, 1);
		await answered();
		expect(harness.standIn.faults.injected).toBe(before + 1);
	});

	it('retries a 500 on the callback, and the reply still arrives', async () => {
		const before = harness.standIn.faults.injected;
		harness.standIn.failNext(/^POST \/api\/v10\/interactions\/.+\/callback$/, 500, 2);
		await answered('human rights');
		expect(harness.standIn.faults.injected).toBe(before + 2);
	});

	it.each([
		[10062, 404, 'Unknown interaction'],
		[40060, 400, 'Interaction has already been acknowledged.'],
	])('logs Discord error %i as a warning, not a failure, and lives on', async (code, status, message) => {
		const warnings = () => harness.logs.filter((l) => l.includes(`"code":${code}`) && l.includes('"level":40'));
		const before = warnings().length;
		harness.standIn.failNext(/^POST \/api\/v10\/interactions\/.+\/callback$/, status, 1, { message, code });
		const record = harness.standIn.dispatchInteraction(harness.standIn.commandSpec('conclusions', { query: 'peace' }));
		await until(() => warnings().length > before, `the warning for ${code}`);
		// Discord said the interaction is gone: no error reply is attempted on it, and nothing is logged as an error.
		expect(record.acknowledgement).toBeUndefined();
		expect(harness.logs.filter((l) => l.includes('"level":50'))).toEqual([]);
		await answered('peace');
	});
});
