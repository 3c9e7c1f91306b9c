import { InteractionResponseType, type APIEmbed } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { help } from '../../commands/help.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { Cooldown } from '../../src/core/cooldown.ts';
import { SUPPORTED_LOCALES } from '../../src/i18n/index.ts';
import { joinWithin } from '../../src/render/cut.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { indexOf, requester, seedCorpus, twoDocumentCorpus } from '../helpers/corpus.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

/** The /help embed for a corpus, checked against Discord's limits and the no-ping rule. */
function helpEmbed(corpus: Corpus, locale = 'en-US'): APIEmbed {
	// /help reads the corpus only: the seed's index stands in for a corpus made up here.
	const context = { corpus, index: indexOf(seedCorpus()), requester: requester(locale), cooldown: Cooldown.off() };
	const response = firstResponse(help.execute({}, context));
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(response.data)).toEqual([]);
	expect(response.data.allowed_mentions).toEqual({ parse: [] });
	const embed = response.data.embeds?.[0];
	if (!embed) throw new Error('expected an embed');
	return embed;
}

const commandsField = (embed: APIEmbed) => embed.fields?.[0]?.value ?? '';

/** The seed document many times over, each with its own symbol and slug: a corpus larger than any field. */
function manyDocuments(count: number): Corpus {
	const [document] = seedCorpus().documents;
	if (!document) throw new Error('no document');
	const documents = Array.from({ length: count }, (_, i) => ({
		...document,
		slug: `a${70 + i}100`,
		symbol: `A/${70 + i}/100`,
	}));
	return { ...seedCorpus(), documents };
}

describe('/help describes the options the loaded corpus gives the commands', () => {
	it('with one document: no document option', () => {
		const commands = commandsField(helpEmbed(seedCorpus()));
		expect(commands).toContain('`/conclusions query [theme] [private]` — the best paragraphs for your words');
		expect(commands).toContain('`/quote paragraph` — post one paragraph');
		expect(commands).toContain('`/themes [theme]` — the themes');
		expect(commands).not.toContain('document');
	});

	it('with several documents: the document option on /conclusions and /quote, and the documents to give it', () => {
		const commands = commandsField(helpEmbed(twoDocumentCorpus()));
		expect(commands).toContain('`/conclusions query [theme] [document] [private]`');
		expect(commands).toContain('`/quote paragraph [document]`');
		expect(commands).toContain(
			'`document` — only the paragraphs of one document: `SG/2084` (sg2084), `FIX/0001` (fix0001)',
		);
	});

	it('with more documents than a field holds: as many as fit, and how many more there are', () => {
		const embed = helpEmbed(manyDocuments(150));
		const commands = commandsField(embed);
		const listed = commands.match(/`A\/\d+\/100` \(a\d+100\)/g) ?? [];
		const more = Number(/, and (\d+) more/.exec(commands)?.[1]);
		expect(listed.length).toBeGreaterThan(5);
		expect(listed.length + more).toBe(150);
		const documents = embed.fields?.[2]?.value ?? '';
		const shown = documents.match(/\*\*A\/\d+\/100\*\*/g) ?? [];
		expect(shown.length + Number(/\nand (\d+) more$/.exec(documents)?.[1])).toBe(150);
	});

	it.each(SUPPORTED_LOCALES)('%s: translated, with the same usages and documents', (locale) => {
		const english = commandsField(helpEmbed(twoDocumentCorpus()));
		const commands = commandsField(helpEmbed(twoDocumentCorpus(), locale));
		expect(commands).not.toBe(english);
		expect(commands).toContain('`/conclusions query [theme] [document] [private]`');
		expect(commands).toContain('`SG/2084` (sg2084), `FIX/0001` (fix0001)');
		expect(commandsField(helpEmbed(manyDocuments(150), locale)).length).toBeLessThanOrEqual(1024);
	});
});

describe('lists cut between items', () => {
	const more = (n: number) => `and ${n} more`;

	it.each([
		[['a', 'b', 'c'], 100, 'a, b, c'],
		[['aaaa', 'bbbb', 'cccc'], 20, 'aaaa, and 2 more'],
		[['aaaa', 'bbbb', 'cccc'], 5, 'and…'],
		[['one very long item'], 10, 'one very…'],
		[[], 10, ''],
	])('%j in %i characters: %j', (items, max, expected) => {
		const text = joinWithin(items, ', ', max, more);
		expect(text).toBe(expected);
		expect(text.length).toBeLessThanOrEqual(max);
	});
});
