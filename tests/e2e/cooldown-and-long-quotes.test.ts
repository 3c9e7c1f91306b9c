import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { loadBotCore } from '../../src/core/load-bot-core.ts';
import { Cooldown } from '../../src/core/cooldown.ts';
import { DEFAULT_DATA_DIR } from '../../src/corpus/load-corpus.ts';
import { startHarness, type Harness } from '../helpers/bot-harness.ts';
import { FIXTURE_DOCUMENTS } from '../helpers/corpus.ts';
import { customIds } from '../stand-in/messages.ts';

describe('cooldown, long quotes and several documents, through the stand-in', () => {
	let harness: Harness;
	beforeAll(async () => {
		const core = loadBotCore(commands, DEFAULT_DATA_DIR, {
			only: ['sg2084', 'fix0001'],
			extraDocumentDirs: [FIXTURE_DOCUMENTS],
			cooldown: new Cooldown(3, 60),
		});
		harness = await startHarness({}, core);
	});
	afterAll(async () => {
		await harness?.close();
	});
	const search = (
		options: Record<string, string | boolean>,
		user = { id: '1000000000000000500', username: 'reader' },
	) => harness.standIn.interact(harness.standIn.commandSpec('conclusions', options, { user }));

	it('offers "Read full" for a quote that had to be cut, and shows the whole paragraph privately', async () => {
		const record = await search({ query: 'terrorism regional organizations' });
		const ids = customIds(record.acknowledgement?.data);
		expect(ids).toContain('full:fix0001-4');
		const quoted = record.acknowledgement?.data?.embeds?.find((e) => e.footer?.text?.startsWith('FIX/0001'));
		expect(quoted?.description?.endsWith('…')).toBe(true);
		const full = await harness.standIn.click(record, 'full:fix0001-4');
		expect(full.acknowledgement?.data?.flags).toBe(64);
		expect(full.acknowledgement?.data?.embeds?.[0]?.description).toMatch(/visible to all of the participants\.$/);
	});

	it('filters by document and names each document in citations', async () => {
		const record = await search({ query: 'protection of civilians', document: 'fix0001' });
		expect(record.acknowledgement?.data?.embeds?.map((e) => e.footer?.text?.split(' · ')[0])).toEqual([
			'FIX/0001 (2 February 2004)',
		]);
	});

	it('answers "try again in N s" privately once a user searches too fast, and not for others', async () => {
		const user = { id: '1000000000000000600', username: 'hurried' };
		for (let i = 0; i < 3; i += 1)
			expect((await search({ query: 'poverty' }, user)).acknowledgement?.data?.embeds?.length).toBeGreaterThan(0);
		const limited = await search({ query: 'poverty' }, user);
		expect(limited.acknowledgement?.data?.flags).toBe(64);
		expect(limited.acknowledgement?.data?.content).toMatch(/^You are searching quickly: try again in \d+ s\.$/);
		const someoneElse = await search({ query: 'poverty' }, { id: '1000000000000000601', username: 'calm' });
		expect(someoneElse.acknowledgement?.data?.embeds?.length).toBeGreaterThan(0);
	});

	it('answers a theme page button with that page', async () => {
		const themes = await harness.standIn.interact(harness.standIn.commandSpec('themes', { theme: 'terrorism' }));
		expect(themes.acknowledgement?.data?.embeds?.[0]?.title).toBe('Terrorism · 7 ¶');
		const forged = await harness.standIn.interact({
			type: 3,
			data: { custom_id: 'tp:terrorism:0', component_type: 2 },
			message: { id: '5', content: '', embeds: [], components: [], flags: 64 },
		});
		expect(forged.acknowledgement?.type).toBe(7);
		expect(forged.acknowledgement?.data?.embeds?.[0]?.description).toContain('**FIX/0001 ¶4**');
	});
});
