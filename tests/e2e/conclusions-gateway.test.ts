import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, type Harness } from '../helpers/bot-harness.ts';
import type { InteractionRecord } from '../stand-in/stand-in.ts';

describe('/conclusions through the real discord.js client and the stand-in', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness?.close();
	});
	const ask = (options: Record<string, string | boolean>, extra = {}) =>
		harness.standIn.interact(harness.standIn.commandSpec('conclusions', options, extra));
	/** The answer as shown, at once or, when the bot deferred (answers have lately been slow), once edited in. */
	const shown = (record: InteractionRecord) => harness.standIn.answerOf(record);

	it('registers the commands through the deploy code', () => {
		const registered = [...harness.standIn.commands.values()].flat();
		expect(registered.map((c) => c.name)).toEqual(['conclusions', 'quote', 'themes', 'help', 'Find in conclusions']);
	});

	it('quotes the Counter-Terrorism Committee paragraph with its themes for "terrorism"', async () => {
		const record = await ask({ query: 'terrorism' });
		expect(record.rejections).toEqual([]);
		const ack = record.acknowledgement;
		expect(ack?.type).toBe(4);
		expect(ack?.data?.allowed_mentions).toEqual({ parse: [] });
		expect(ack?.data?.flags ?? 0).toBe(0);
		const [first] = ack?.data?.embeds ?? [];
		expect(first?.title).toBe('¶3');
		expect(first?.description).toContain('Counter-**Terrorism** Committee');
		expect(first?.fields?.[0]).toEqual({ name: 'Themes', value: 'Terrorism · Multilateralism and the UN Charter' });
		expect(first?.footer?.text).toContain('SG/2084 (31 July 2003)');
		expect(ack?.data?.content).toBe(
			'**4** paragraphs have “terrorism”, and **1** more has only its theme — page 1 of 2:',
		);
	});

	it('answers privately (flag 64) when asked', async () => {
		const record = await ask({ query: 'human rights', private: true });
		expect(record.acknowledgement?.data?.flags).toBe(64);
		expect(record.acknowledgement?.data?.embeds?.[0]?.title).toBe('¶4');
	});

	it('says so when nothing matches, echoing the query and listing the themes', async () => {
		const record = await ask({ query: 'zzzxq' });
		const data = record.acknowledgement?.data;
		expect(data?.flags).toBe(64);
		expect(data?.content).toContain('No paragraph matches “zzzxq”');
		expect(data?.content).toContain('Disarmament and non-proliferation');
	});

	it('echoes a query full of mentions and markdown without pinging or breaking', async () => {
		const record = await ask({ query: '@everyone <@&1> **x** `y` terrorism' });
		expect(record.rejections).toEqual([]);
		const answer = await shown(record);
		const content = answer?.content ?? '';
		expect(content).not.toMatch(/@everyone|<@&1>|(?<!\\)\*\*x/);
		expect(content).toContain('\\*\\*x\\*\\*');
		expect(answer?.allowed_mentions).toEqual({ parse: [] });
	});

	it('filters by theme, given by id or by label', async () => {
		for (const theme of ['human-rights', 'Human rights']) {
			const record = await ask({ query: 'terrorism', theme });
			expect((await shown(record))?.embeds?.map((e) => e.title)).toEqual(['¶4', '¶10 · Further Work', '¶1']);
		}
	});

	it('answers an unknown theme clearly', async () => {
		const record = await ask({ query: 'terrorism', theme: 'cooking' });
		expect((await shown(record))?.content).toMatch(/There is no theme “cooking”/);
	});

	it('works in a DM with the bot', async () => {
		const record = await ask({ query: 'children' }, { inGuild: false });
		expect((await shown(record))?.embeds?.[0]?.title).toBe('¶6');
	});

	it('logs one line per interaction and never a token', async () => {
		const interactionLines = () => harness.logs.filter((line) => line.includes('"msg":"interaction"'));
		// The line is written once discord.js has the callback's answer, just after the stand-in recorded it.
		await vi.waitFor(() => expect(interactionLines()).toHaveLength(harness.standIn.interactions.size));
		expect(interactionLines()[0]).toMatch(/"command":"conclusions".*"outcome":"ok"/);
		const all = harness.logs.join('');
		expect(all).not.toContain(harness.standIn.token);
		for (const record of harness.standIn.interactions.values()) expect(all).not.toContain(record.token);
	});
});
