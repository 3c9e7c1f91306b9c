import {
	InteractionResponseType,
	type APIInteraction,
	type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { seedCore } from '../helpers/corpus.ts';
import { APPLICATION_ID } from '../stand-in/fixtures.ts';
import { buildInteraction, findInConclusions } from '../stand-in/interaction.ts';
import { messageObject } from '../stand-in/messages.ts';
import { validateMessage, type MessageBody } from '../stand-in/validate-message.ts';

const core = seedCore();

/** What the bot answers with, as Discord would get it. */
async function answer(spec: Parameters<typeof buildInteraction>[0]): Promise<APIInteractionResponseCallbackData> {
	const response = await core.handle(buildInteraction(spec, 'token') as unknown as APIInteraction);
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(response.data as MessageBody)).toEqual([]);
	return response.data;
}

/** "Find in conclusions" on a message (the message's id is 77). */
const find = (message: Record<string, unknown>) =>
	answer(findInConclusions(typeof message.content === 'string' ? message.content : '', message));

/** The message the bot posted for a command, as Discord holds it. */
async function posted(name: string, options: Record<string, string>) {
	const data = await answer({
		type: 2,
		data: {
			id: '1100000000000000001',
			name,
			type: 1,
			options: Object.entries(options).map(([option, value]) => ({ name: option, type: 3, value })),
		},
	});
	return { ...messageObject(data, APPLICATION_ID), id: '77' };
}

const titles = (data: APIInteractionResponseCallbackData) => (data.embeds ?? []).map((e) => e.title);

describe('Find in conclusions on a message that cites a paragraph', () => {
	it.each(['3', '7', '10'])(
		'on the bot’s own /quote %s post: that paragraph first, said to be cited there',
		async (n) => {
			const post = await posted('quote', { paragraph: n });
			expect(post.content).toMatch(new RegExp(`^-# SG/2084 \\(31 July 2003\\), ¶${n} — `, 'u'));
			const found = await find(post);
			expect(titles(found)[0]?.split(' · ')[0]).toBe(`¶${n}`);
			expect(found.embeds?.[0]?.fields?.[0]?.value).toBe('cited in that message');
		},
	);

	it('on a message that is only the citation line, or a citation typed by hand', async () => {
		const line = '-# SG/2084 (31 July 2003), ¶3 — Fifth High-Level Meeting Between UN and Regional Organizations';
		expect(titles(await find({ content: line }))[0]).toBe('¶3');
		expect(titles(await find({ content: 'see SG/2084, para. 8' }))[0]?.split(' · ')[0]).toBe('¶8');
		expect(titles(await find({ content: 'SG/2084 ¶5' }))[0]?.split(' · ')[0]).toBe('¶5');
	});

	it('on someone else’s message quoting a paragraph in an embed: the embed’s text is what is looked up', async () => {
		const quote = await posted('quote', { paragraph: '4' });
		const forwarded = {
			content: 'look at this',
			author: { id: '5', username: 'someone' },
			application_id: undefined,
			embeds: quote.embeds.map((e) => ({ description: e.description })),
		};
		const found = await find(forwarded);
		expect(titles(found)[0]).toBe('¶4');
	});

	it('on the bot’s search results: the paragraphs they quote, not the summary line', async () => {
		const results = await posted('conclusions', { query: 'human rights' });
		const quoted = (results.embeds as { title?: string }[]).map((e) => e.title);
		const found = await find(results);
		expect(titles(found)).toEqual(quoted.slice(0, 3));
	});
});
