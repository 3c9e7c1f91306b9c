import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotCore } from '../../src/core/bot-core.ts';
import type { ChatInputCommand } from '../../src/core/types.ts';
import { seedCore } from '../helpers/corpus.ts';
import { gatedCommand } from '../helpers/gated-command.ts';
import { startHttpHarness, type HttpHarness } from '../helpers/http-harness.ts';

/**
 * Over HTTP the first response is the answer to Discord's request: the endpoint has handed it to the socket, but
 * Discord may take it in only after the deferred answer's edit, sent by another connection to its API, has reached it
 * (a busy host, Discord slow to read). Discord refuses that edit (Unknown Webhook, 10015): the answer was given up to
 * the error path, whose notice met the same refusal, and the reader kept "thinking…". Here the test, as Discord, takes
 * the deferral in only once it has refused the first webhook request: the bot tries the request again and it lands.
 */

/** A gated command whose work fails once released. */
function failingGate(name: string) {
	const gate = gatedCommand(name);
	const command: ChatInputCommand = {
		...gate.command,
		async execute(...args) {
			await gate.command.execute(...args);
			throw new Error('test: the search failed');
		},
	};
	return { ...gate, command };
}

const WEBHOOK = /^(PATCH|POST|DELETE) \/api\/v10\/webhooks\/\d+\/([^/ ]+)/u;

describe('an HTTP deferral that Discord takes in after the bot’s first webhook request', () => {
	const answering = gatedCommand('slow');
	const failing = failingGate('broken');
	let h: HttpHarness;
	beforeAll(async () => {
		// Deferred as soon as the work is seen to wait (the gate), whatever the machine's speed.
		h = await startHttpHarness({
			core: new BotCore(seedCore().context, { chatInput: [answering.command, failing.command] }),
			deferAfterMs: 0,
		});
	}, 60_000);
	afterAll(async () => {
		await h?.close();
	});

	/** Posts the command, releases its work once deferred, and takes the deferral in once a webhook request was refused. */
	const deferredTakenLate = async (name: string, release: () => void) => {
		const record = h.standIn.createInteraction(h.standIn.commandSpec(name, {}));
		const answer = await h.discord.post(h.endpoint.url, JSON.stringify(record.payload));
		expect(answer.status).toBe(200);
		expect((answer.body as { type?: number }).type).toBe(5);
		const refused = () =>
			h.standIn.answered.some((line) => WEBHOOK.exec(line)?.[2] === record.token && line.endsWith(' 404'));
		release();
		await expect.poll(refused, { timeout: 15_000, interval: 10 }).toBe(true);
		h.standIn.receiveHttpResponse(record, answer.body);
		await h.standIn.waitFor(record, (r) => r.edits.length + r.followUps.length > 0 || r.rejections.length > 0, 15_000);
		return record;
	};

	it('edits the answer in, not an error notice', async () => {
		const record = await deferredTakenLate('slow', () => answering.release());
		expect(record.rejections).toEqual([]);
		expect(record.edits.map((e) => e.content)).toEqual(['slow answer']);
		expect(h.logs.filter((l) => l.includes('"level":50'))).toEqual([]);
	});

	it('still sends the error notice of work that failed after the deferral', async () => {
		const record = await deferredTakenLate('broken', () => failing.release());
		expect(record.rejections).toEqual([]);
		// The public placeholder is deleted and the notice follows privately.
		expect(record.deleted).toBe(true);
		expect(record.followUps).toHaveLength(1);
		expect(record.followUps[0]?.content).toMatch(/went wrong/u);
		expect(h.logs.some((l) => l.includes('could not send the error reply'))).toBe(false);
	});
});
