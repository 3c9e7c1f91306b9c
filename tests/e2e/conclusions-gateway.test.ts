import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/bot-harness.ts';

describe('/conclusions through the real discord.js client and the stand-in', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness?.close();
	});

	it('registers the commands through the deploy code', () => {
		const registered = [...harness.standIn.commands.values()].flat();
		expect(registered.map((c) => c.name)).toEqual(['conclusions']);
	});

	it('quotes the Counter-Terrorism Committee paragraph with its themes for "terrorism"', async () => {
		const { standIn } = harness;
		const record = await standIn.interact(standIn.commandSpec('conclusions', { query: 'terrorism' }));
		expect(record.rejections).toEqual([]);
		const ack = record.acknowledgement;
		expect(ack?.type).toBe(4);
		expect(ack?.data?.allowed_mentions).toEqual({ parse: [] });
		expect(ack?.data?.flags ?? 0).toBe(0);
		const [first] = ack?.data?.embeds ?? [];
		expect(first?.title).toBe('¶3');
		expect(first?.description).toContain('Counter-**Terrorism** Committee');
		expect(first?.fields?.[0]).toEqual({ name: 'Themes', value: 'Terrorism · Multilateralism and the UN Charter' });
		expect(ack?.data?.content).toContain('“terrorism”');
	});
});
