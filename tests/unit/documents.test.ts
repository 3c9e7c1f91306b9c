import { InteractionResponseType, InteractionType, type APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { seedCore, twoDocumentCore } from '../helpers/corpus.ts';

const optionNames = (core: ReturnType<typeof seedCore>) =>
	(core.definitions().find((d) => d.name === 'conclusions') as { options: { name: string }[] }).options.map(
		(o) => o.name,
	);

describe('several documents', () => {
	it('offers the document option only when the corpus holds more than one', () => {
		expect(optionNames(seedCore())).toEqual(['query', 'theme', 'private']);
		expect(optionNames(twoDocumentCore())).toEqual(['query', 'theme', 'document', 'private']);
	});

	it('searches one document and cites it', async () => {
		const response = await twoDocumentCore().run({
			name: 'conclusions',
			options: { query: 'poverty', document: 'fix0001' },
		});
		if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(response.data.embeds?.map((e) => [e.title, e.footer?.text])).toEqual([
			['¶1', 'FIX/0001 (2 February 2004) · Fixture meeting conclusions (test data)'],
		]);
	});

	it('cites each quoted paragraph with its own document across the corpus', async () => {
		const response = await twoDocumentCore().run({ name: 'conclusions', options: { query: 'poverty' } });
		if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		const footers = response.data.embeds?.map((e) => e.footer?.text.split(' · ')[0]);
		expect(footers).toEqual(expect.arrayContaining(['SG/2084 (31 July 2003)', 'FIX/0001 (2 February 2004)']));
		const sources = (response.data.components ?? [])
			.flatMap((row) => ('components' in row ? (row.components as { label?: string; url?: string }[]) : []))
			.filter((b) => b.url !== undefined);
		expect(sources.map((b) => b.label ?? '').sort()).toEqual(['Source: FIX/0001', 'Source: SG/2084']);
	});

	it('answers an unknown document clearly', async () => {
		const response = await twoDocumentCore().run({
			name: 'conclusions',
			options: { query: 'poverty', document: 'nope' },
		});
		expect(response).toMatchObject({
			data: { content: expect.stringContaining('There is no document “nope”') as unknown, flags: 64 },
		});
	});

	it('autocompletes the document option with titles', async () => {
		const interaction = {
			id: '1',
			application_id: '2',
			token: 't',
			version: 1,
			type: InteractionType.ApplicationCommandAutocomplete,
			locale: 'en-US',
			user: { id: '3', username: 'u', discriminator: '0', global_name: null, avatar: null },
			data: {
				id: '4',
				name: 'conclusions',
				type: 1,
				options: [{ name: 'document', type: 3, value: 'fix', focused: true }],
			},
		} as unknown as APIInteraction;
		expect(await twoDocumentCore().handle(interaction)).toEqual({
			type: InteractionResponseType.ApplicationCommandAutocompleteResult,
			data: { choices: [{ name: 'FIX/0001 · Fixture meeting conclusions (test data)', value: 'fix0001' }] },
		});
	});
});
