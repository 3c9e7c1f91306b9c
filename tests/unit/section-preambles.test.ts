import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	InteractionResponseType,
	type APIInteraction,
	type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { BotCore } from '../../src/core/bot-core.ts';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphCitation } from '../../src/render/citation.ts';
import { indexOf, seedDataCopy } from '../helpers/corpus.ts';
import { expectAsExpected, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';
import { APPLICATION_ID } from '../stand-in/fixtures.ts';
import { buildInteraction, findInConclusions } from '../stand-in/interaction.ts';
import { messageObject } from '../stand-in/messages.ts';
import { validateMessage, type MessageBody } from '../stand-in/validate-message.ts';

/**
 * An IAEA General Conference resolution in sections, each with the organ's line, a preamble of its own and operative
 * paragraphs numbered from 1 again. Section B's preamble is held (it was said as text in no paragraph), cited apart
 * from section A's (`section B, preamble, ¶1`), and read back by `/quote` and "Find in conclusions".
 */

const FIXTURE = 'gc-resolution-section-preambles-copied';
const SYMBOL = 'GC(86)/RES/5';
const dir = seedDataCopy('section-preambles-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'documents', 'gc.txt'), textOf(FIXTURE));
writeFileSync(
	join(dir, 'documents', 'gc.json'),
	JSON.stringify({
		symbol: SYMBOL,
		title: 'Regular Budget and Technical Cooperation Fund for 2043',
		releaseDate: '2042-09-21',
	}),
);
const corpus = loadCorpus(dir, { only: ['sg2084', 'gc'] });
const core = new BotCore({ corpus, index: indexOf(corpus) }, commands);
const gc = corpus.documentBySlug.get('gc')!;
const id = (mark: string) => gc.paragraphs.find((p) => paragraphCitation(gc, p).endsWith(`), ${mark}`))?.id;

async function answer(spec: Parameters<typeof buildInteraction>[0]): Promise<APIInteractionResponseCallbackData> {
	const response = await core.handle(buildInteraction(spec, 'token') as unknown as APIInteraction);
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(response.data as MessageBody)).toEqual([]);
	return response.data;
}
const quote = (paragraph: string) =>
	answer({
		type: 2,
		data: {
			id: '1100000000000000001',
			name: 'quote',
			type: 1,
			options: [
				{ name: 'paragraph', type: 3, value: paragraph },
				{ name: 'document', type: 3, value: SYMBOL },
			],
		},
	});
const citedIn = async (message: Record<string, unknown>) => {
	const found = await answer(findInConclusions(typeof message.content === 'string' ? message.content : '', message));
	return (found.embeds ?? [])
		.filter((e) => e.fields?.[0]?.value === 'cited in that message')
		.map((e) => e.title?.split(' · ')[0]);
};

describe('a resolution whose second section has a preamble of its own', () => {
	it('holds both preambles, each marked by its section, with no text left out', () => {
		const { want, parsed } = parsedFixture(FIXTURE);
		expectAsExpected(parsed, want);
	});

	it('cites each preambular paragraph apart', () => {
		expect(gc.paragraphs.map((p) => paragraphCitation(gc, p).replace(/^.*?\), /u, ''))).toEqual([
			'section A, preamble, ¶1',
			'section A, preamble, ¶2',
			'section A, ¶1',
			'section A, ¶2',
			'section A, ¶3',
			'section B, preamble, ¶1',
			'section B, preamble, ¶2',
			'section B, ¶1',
			'section B, ¶2',
		]);
	});

	it.each([
		['section B, preamble 1', 'section B, preamble, ¶1'],
		['section B preamble ¶2', 'section B, preamble, ¶2'],
		['B, preamble 1', 'section B, preamble, ¶1'],
		['section A, preamble 2', 'section A, preamble, ¶2'],
		['B 1', 'section B, ¶1'],
	])('/quote %s reaches %s', async (typed, mark) => {
		expect(resolveParagraph(corpus, typed, gc)).toMatchObject({ ok: true, paragraph: { id: id(mark) } });
		const data = await quote(typed);
		expect(data.content).toContain(`${SYMBOL} (21 September 2042), ${mark}`);
	});

	it('a number alone is an operative paragraph, never a preamble’s', () => {
		const one = resolveParagraph(corpus, '1', gc);
		expect(one).toMatchObject({ ok: true, paragraph: { id: id('section A, ¶1') }, note: { others: 'B 1' } });
	});

	it('Find in conclusions reads its citations back, typed or in the bot’s own post', async () => {
		expect(await citedIn({ content: `${SYMBOL} (21 September 2042), section B, preamble, ¶2` })).toEqual([
			'Section B, preamble ¶2',
		]);
		expect(await citedIn({ content: `as ${SYMBOL}, section A, preamble, para. 1 says` })).toEqual([
			'Section A, preamble ¶1',
		]);
		const post = { ...messageObject(await quote('section B, preamble 1'), APPLICATION_ID), id: '77' };
		expect(await citedIn(post)).toEqual(['Section B, preamble ¶1']);
	});
});
