import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotCore } from '../../src/core/bot-core.ts';
import { seedCore } from '../helpers/corpus.ts';
import { gatedCommand } from '../helpers/gated-command.ts';
import { startHttpHarness, type HttpHarness } from '../helpers/http-harness.ts';
import { buildInteraction } from '../stand-in/interaction.ts';

const interactionLines = (logs: string[]) => logs.filter((line) => line.includes('"msg":"interaction"'));

describe('HTTP mode logs', () => {
	let h: HttpHarness;
	const stuck = gatedCommand('stuck');
	beforeAll(async () => {
		const core = new BotCore(seedCore().context, { chatInput: [stuck.command, ...seedCore().commands] });
		h = await startHttpHarness({ core, deferAfterMs: 20 });
	});
	afterAll(async () => {
		await h?.close();
	});

	it('write one line per interaction, without the bot token or interaction tokens', async () => {
		const tokens: string[] = [];
		for (const spec of [
			h.standIn.commandSpec('conclusions', { query: 'terrorism' }),
			{ type: 3, data: { custom_id: 'gone:1', component_type: 2 } },
		]) {
			const { record, status } = await h.discord.interact(h.standIn, h.endpoint.url, spec);
			expect(status).toBe(200);
			tokens.push(record.token);
		}
		await expect.poll(() => interactionLines(h.logs).length).toBe(2);
		expect(interactionLines(h.logs)[0]).toMatch(/"type":"command","command":"conclusions","ms":\d+,"outcome":"ok"/);
		const logs = h.logs.join('');
		expect(logs).not.toContain(h.standIn.token);
		for (const token of tokens) expect(logs).not.toContain(token);
	});

	it('mask the interaction token in the URLs of failed Discord requests', async () => {
		// An interaction Discord has forgotten: the answer is deferred, then the edit and the error follow-up both fail,
		// and the errors logged carry the request URL, which contains the interaction token.
		const payload = buildInteraction(h.standIn.commandSpec('stuck', {}), 'itoken.forgotten-by-discord');
		const answer = await h.discord.post(h.endpoint.url, JSON.stringify(payload));
		expect(answer.body).toEqual({ type: 5, data: {} });
		stuck.release();
		await expect.poll(() => interactionLines(h.logs).some((line) => line.includes('"outcome":"error"'))).toBe(true);
		const logs = h.logs.join('');
		expect(logs).toContain('"msg":"could not send the error reply"');
		expect(logs).toContain('/[redacted]/messages/%40original');
		expect(logs).not.toContain(payload.token);
		expect(logs).not.toContain(h.standIn.token);
	});
});
