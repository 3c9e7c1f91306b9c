import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotCore } from '../../src/core/bot-core.ts';
import type { ChatInputCommand } from '../../src/core/types.ts';
import { seedCore } from '../helpers/corpus.ts';
import { gatedCommand } from '../helpers/gated-command.ts';
import { startHttpHarness, type HttpHarness } from '../helpers/http-harness.ts';

/**
 * A proxy in front of the HTTP endpoint (or Discord itself) that stops waiting for a slow answer and closes the
 * request: the bot's answer then goes nowhere, and the interaction must still end (log its line, free its place in
 * the work queue), not wait for ever on a socket that was closed before it wrote.
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

describe('a proxy in front of the HTTP endpoint that gives up on a slow answer', () => {
	const abandoned = countedGate('slow');
	let h: HttpHarness;
	beforeAll(async () => {
		h = await startHttpHarness({ core: coreWith(abandoned.command) });
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
});
