import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import { contextFor, seedCore, twoDocumentCore, twoDocumentCorpus } from '../helpers/corpus.ts';
import { rawInteraction } from '../helpers/raw-interaction.ts';
import { LOCAL_REQUESTER } from '../../src/core/requester.ts';

const optionNames = (core: ReturnType<typeof seedCore>) =>
	(core.definitions().find((d) => d.name === 'conclusions') as { options: { name: string }[] }).options.map(
		(o) => o.name,
	);

describe('several documents', () => {
	it('offers the document option only when the corpus holds more than one', () => {
		expect(optionNames(seedCore())).toEqual(['query', 'theme', 'private']);
		expect(optionNames(twoDocumentCore())).toEqual(['query', 'theme', 'document', 'private']);
	});

	it('declares, on each command, the options only several documents bring', () => {
		for (const command of seedCore().commands) {
			const names = (core: ReturnType<typeof seedCore>) =>
				(command.definition(core.context.corpus).options ?? []).map((o) => o.name);
			const added = names(twoDocumentCore()).filter((n) => !names(seedCore()).includes(n));
			expect([command.name, added]).toEqual([command.name, command.severalDocumentsOptions ?? []]);
		}
	});

	it('with one document, a document option sent anyway (an older registration) names it or is told there is only it', async () => {
		const named = await seedCore().run({ name: 'conclusions', options: { query: 'poverty', document: 'SG/2084' } });
		expect(named).toMatchObject({ data: { content: expect.stringMatching(/^\*\*2\*\* paragraphs match/) as unknown } });
		const other = await seedCore().run({ name: 'quote', options: { paragraph: '3', document: '@everyone' } });
		expect(other).toMatchObject({
			data: {
				content:
					'There is no document “@\u200beveryone”, and nothing to choose: only `SG/2084` is loaded. Leave `document` out.',
				flags: 64,
				allowed_mentions: { parse: [] },
			},
		});
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

	it('says which document a search was limited to, and where a search that found nothing there has matches', async () => {
		const core = twoDocumentCore();
		const found = await core.run({ name: 'conclusions', options: { query: 'poverty', document: 'fix0001' } });
		expect(found).toMatchObject({
			data: {
				content: expect.stringMatching(/^\*\*1\*\* paragraph matches “poverty” in \*\*FIX\/0001\*\*:/u) as unknown,
			},
		});
		// "good offices" is FIX/0001's alone: limited to SG/2084, the reply points there rather than only saying "no match".
		const elsewhere = await core.run({ name: 'conclusions', options: { query: 'good offices', document: 'SG/2084' } });
		expect(elsewhere).toMatchObject({
			data: {
				content: expect.stringMatching(
					/^No paragraph matches “good offices” in \*\*SG\/2084\*\*\.\nOther documents match: \*\*FIX\/0001\*\* \(1\)\. Leave out \*\*document:\*\* to see them\.\n/u,
				) as unknown,
				flags: 64,
				allowed_mentions: { parse: [] },
			},
		});
		// Words no document has: no pointer to other documents.
		const nowhere = await core.run({ name: 'conclusions', options: { query: 'zebra', document: 'SG/2084' } });
		expect(JSON.stringify(nowhere)).toContain('No paragraph matches “zebra” in **SG/2084**.');
		expect(JSON.stringify(nowhere)).not.toContain('Other documents');
		// In the reader's language too.
		const french = await core.run(
			{ name: 'conclusions', options: { query: 'good offices', document: 'SG/2084' } },
			{ ...LOCAL_REQUESTER, locale: 'fr' },
		);
		expect(JSON.stringify(french)).toContain('D’autres documents correspondent : **FIX/0001** (1).');
	});

	it('says the theme and document in plain text where autocomplete finds nothing (a choice shows no Markdown)', () => {
		const context = contextFor(twoDocumentCorpus());
		const nothing = conclusions.autocomplete(
			{ query: 'good offices', document: 'SG/2084', theme: 'terrorism' },
			'query',
			context,
		);
		expect(nothing).toEqual([
			{ name: 'No paragraph matches “good offices” in the theme Terrorism in SG/2084.', value: 'good offices' },
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

	it('says which documents a word names when several have it, rather than that none does', async () => {
		// SG/2084's title and FIX/0001's both have "Meeting"; FIX/0001's alone has "Fixture".
		const response = await twoDocumentCore().run({
			name: 'conclusions',
			options: { query: 'poverty', document: 'meeting' },
		});
		expect(response).toMatchObject({
			data: {
				content: 'Several documents have “meeting” in their names (`SG/2084`, `FIX/0001`): name one by its symbol.',
				flags: 64,
			},
		});
		const one = await twoDocumentCore().run({
			name: 'conclusions',
			options: { query: 'poverty', document: 'fixture' },
		});
		expect(JSON.stringify(one)).not.toMatch(/Several documents|There is no document/u);
	});

	it('autocompletes the document option with titles', async () => {
		const interaction = rawInteraction(InteractionType.ApplicationCommandAutocomplete, {
			id: '4',
			name: 'conclusions',
			type: 1,
			options: [{ name: 'document', type: 3, value: 'fix', focused: true }],
		});
		expect(await twoDocumentCore().handle(interaction)).toEqual({
			type: InteractionResponseType.ApplicationCommandAutocompleteResult,
			data: { choices: [{ name: 'FIX/0001 · Fixture meeting conclusions (test data)', value: 'fix0001' }] },
		});
	});
});
