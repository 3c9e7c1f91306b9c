import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotCore } from '../../src/core/bot-core.ts';
import type { ChatInputCommand } from '../../src/core/types.ts';
import { startHarness, type Harness } from '../helpers/bot-harness.ts';
import { seedCore } from '../helpers/corpus.ts';
import { gatedCommand } from '../helpers/gated-command.ts';
import { startHttpHarness, type HttpHarness } from '../helpers/http-harness.ts';
import { GUILD_ID } from '../stand-in/fixtures.ts';

/**
 * A proxy in front of the HTTP endpoint that stops waiting for a slow answer and closes the request (the bot's
 * answer then goes nowhere, and the interaction must still end), then posts it again; and a gateway that dispatches
 * an interaction again (a resume that replays it). Discord takes one first response per interaction: the bot must
 * work the answer out once, and give a repeated HTTP delivery the same first response (the proxy forwards the answer
 * to its own attempt), not a second answer.
 */

/** A command the test releases, counting how often the bot worked it out. */
function countedGate(name: string): {
	command: ChatInputCommand;
	runs: () => number;
	started: Promise<void>;
	release(): void;
} {
	const gate = gatedCommand(name);
	const execute = gate.command.execute.bind(gate.command);
	let runs = 0;
	const command: ChatInputCommand = {
		...gate.command,
		execute(...args) {
			runs += 1;
			return execute(...args);
		},
	};
	return { command, runs: () => runs, started: gate.started, release: () => gate.release() };
}

const coreWith = (...chatInput: ChatInputCommand[]) => new BotCore(seedCore().context, { chatInput });
const interactionLines = (logs: string[]) => logs.filter((l) => l.includes('"msg":"interaction"'));
const repeatLines = (logs: string[]) => logs.filter((l) => l.includes('delivered again'));

describe('a proxy in front of the HTTP endpoint that gives up on a slow answer, and retries the POST', () => {
	const abandoned = countedGate('slow');
	const retried = countedGate('slower');
	let h: HttpHarness;
	beforeAll(async () => {
		h = await startHttpHarness({ core: coreWith(abandoned.command, retried.command) });
	}, 60_000);
	afterAll(async () => {
		await h?.close();
	});
	/**
	 * Posts an interaction as the proxy's first attempt, which it abandons once the bot has taken it up: it closes the
	 * connection, and the endpoint has seen it closed (it closed its own side, and answered a request since).
	 */
	const abandonedAttempt = async (body: string, gate: ReturnType<typeof countedGate>) => {
		const { port } = new URL(h.endpoint.url);
		const timestamp = String(Math.floor(h.standIn.now() / 1000));
		const socket = connect(Number(port), '127.0.0.1');
		const closed = once(socket, 'close');
		socket.write(
			`POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n` +
				`content-length: ${Buffer.byteLength(body)}\r\nx-signature-timestamp: ${timestamp}\r\n` +
				`x-signature-ed25519: ${h.discord.sign(timestamp, body)}\r\n\r\n${body}`,
		);
		await gate.started;
		socket.end();
		await closed;
		expect((await h.discord.post(h.endpoint.url, '', { method: 'GET', path: '/healthz' })).status).toBe(200);
	};

	it('ends an interaction whose request was abandoned before its answer: it is not held for ever', async () => {
		const record = h.standIn.createInteraction(h.standIn.commandSpec('slow', {}));
		await abandonedAttempt(JSON.stringify(record.payload), abandoned);
		abandoned.release();
		// The answer went to a closed connection: the interaction still ends, with its one line.
		await expect.poll(() => h.endpoint.answerer?.inFlight, { timeout: 15_000 }).toBe(0);
		expect(interactionLines(h.logs)).toHaveLength(1);
		// The endpoint goes on answering.
		const next = await h.discord.interact(h.standIn, h.endpoint.url, h.standIn.commandSpec('slow', {}));
		expect(next.status).toBe(200);
		expect(next.record.acknowledgement?.data?.content).toBe('slow answer');
	});

	it('works a retried interaction out once and gives the retry the same first response', async () => {
		const before = interactionLines(h.logs).length;
		const record = h.standIn.createInteraction(h.standIn.commandSpec('slower', {}));
		const body = JSON.stringify(record.payload);
		await abandonedAttempt(body, retried);
		// Its retry: the same interaction, signed again.
		const retry = h.discord.post(h.endpoint.url, body);
		await expect.poll(() => repeatLines(h.logs).length + retried.runs(), { timeout: 15_000 }).toBeGreaterThan(1);
		retried.release();
		const answer = await retry;
		expect(answer.status).toBe(200);
		// The proxy forwards the retry's answer: that is what Discord gets.
		h.standIn.receiveHttpResponse(record, answer.body);
		expect(await h.standIn.answerOf(record, 15_000)).toMatchObject({ content: 'slower answer' });
		await expect.poll(() => h.endpoint.answerer?.inFlight, { timeout: 15_000 }).toBe(0);
		expect(retried.runs()).toBe(1);
		expect(record.rejections).toEqual([]);
		expect(record.edits.length + record.followUps.length).toBeLessThanOrEqual(1);
		expect(interactionLines(h.logs)).toHaveLength(before + 1);
	});
});

describe('an interaction dispatched twice, through the gateway (a resume that replays it)', () => {
	const slow = countedGate('slow');
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({}, coreWith(slow.command));
	}, 60_000);
	afterAll(async () => {
		await h?.close();
	});

	it('answers it once and sends no second first response', async () => {
		const record = h.standIn.dispatchInteraction(h.standIn.commandSpec('slow', {}));
		await slow.started;
		h.standIn.gateway.dispatch('INTERACTION_CREATE', record.payload, GUILD_ID);
		await expect.poll(() => repeatLines(h.logs).length + slow.runs(), { timeout: 15_000 }).toBeGreaterThan(1);
		slow.release();
		await h.standIn.waitFor(record, (r) => r.acknowledgement !== undefined || r.rejections.length > 0, 15_000);
		expect(await h.standIn.answerOf(record, 15_000)).toMatchObject({ content: 'slow answer' });
		await expect.poll(() => h.answerer.inFlight, { timeout: 15_000 }).toBe(0);
		expect(slow.runs()).toBe(1);
		// A second first response would have been refused as already acknowledged (40060).
		expect(record.rejections).toEqual([]);
		expect(h.standIn.requests.filter((r) => r.includes(`/interactions/${record.id}/`))).toHaveLength(1);
		expect(interactionLines(h.logs)).toHaveLength(1);
	});
});
