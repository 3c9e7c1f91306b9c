import type { APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { find, seedText as text } from '../helpers/find-in-conclusions.ts';

const shown = (data: APIInteractionResponseCallbackData) =>
	(data.embeds ?? []).map((e) => [e.title?.split(' · ')[0], e.fields?.map((f) => f.value).join(' ') ?? e.description]);

describe('Find in conclusions on a paste of paragraphs, with chat around it', () => {
	it('names every paragraph the message quotes word for word, in its order, said to be quoted', async () => {
		const found = await find(`hey all, this is what I meant: ${[1, 2, 3, 4].map(text).join('\n\n')} lmk`);
		const titles = (found.embeds ?? []).map((e) => e.title?.split(' · ')[0]);
		expect(titles.slice(0, 4)).toEqual(['¶1', '¶2', '¶3', '¶4']);
		expect(JSON.stringify(found.embeds)).toContain('quoted word for word in that message');
	});

	it('a quote of two sentences from the middle of ¶7, pasted as one chat line, names ¶7 first', async () => {
		const sentences = text(7).split(/(?<=\.)\s+/u);
		const found = await find(`they literally said "${sentences.slice(1, 3).join(' ')}" right?`);
		expect(shown(found)[0]?.[0]).toBe('¶7');
	});

	it('a long message sharing one word with a paragraph (¶7’s “deprivation”) is not offered it as close', async () => {
		const found = await find(
			'We talked about deprivation of sleep during exam week; the library closes at midnight, so bring coffee and snacks to the review session tomorrow morning.',
		);
		expect((found.embeds ?? []).map((e) => e.title)).not.toContain('¶7');
		expect(JSON.stringify(found)).not.toMatch(/shares 1 of/u);
	});
});
