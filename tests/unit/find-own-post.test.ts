import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { findInConclusions } from '../../commands/find-in-conclusions.ts';
import { quote } from '../../commands/quote.ts';
import { embedTexts } from '../../src/core/message-text.ts';
import type { MessageTarget } from '../../src/core/types.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, seedCorpus } from '../helpers/corpus.ts';

const corpus = seedCorpus();
const context = contextFor(corpus);

/** The message `/quote` posts, as the message command reads it back: its content and its embeds' text. */
function postedQuote(paragraph: string): MessageTarget {
	const response = firstResponse(quote.execute({ paragraph }, context));
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	return {
		content: response.data.content ?? '',
		embeds: embedTexts(response.data.embeds),
		attachments: 0,
		fromThisApp: true,
	};
}

describe('Find in conclusions on the bot’s own /quote post', () => {
	it.each(['2', '5', '10'])('answers with the paragraph it quotes (¶%s) and nothing else', (n) => {
		const response = firstResponse(findInConclusions.execute(postedQuote(n), context));
		if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(response.data.content).toBe('The paragraph closest to that message:');
		expect(response.data.embeds?.map((e) => e.title?.split(' · ')[0])).toEqual([`¶${n}`]);
	});
});
