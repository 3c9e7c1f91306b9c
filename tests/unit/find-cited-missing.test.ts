import { InteractionResponseType, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { findInConclusions } from '../../commands/find-in-conclusions.ts';
import { readMessage } from '../../src/core/message-text.ts';
import type { MessageTarget } from '../../src/core/types.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, requester, seedCorpus } from '../helpers/corpus.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

const corpus = seedCorpus();

function find(content: string, locale = 'en-US'): APIInteractionResponseCallbackData {
	const target: MessageTarget = { content, attachments: 0 };
	const response = firstResponse(findInConclusions.execute(target, contextFor(corpus, requester(locale))));
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(response.data)).toEqual([]);
	return response.data;
}

describe('Find in conclusions on a message citing a paragraph the document lacks', () => {
	it('reads the citation as one of a paragraph that is not there', () => {
		const reading = readMessage(corpus, {
			content: 'SG/2084, ¶12 says the use of force needs the Security Council',
			attachments: 0,
		});
		expect(reading.cited).toEqual([]);
		expect(reading.missing.map((m) => [m.document.symbol, m.mark])).toEqual([['SG/2084', '¶12']]);
	});

	it('says so, with the paragraphs the document has, before the closest paragraphs', () => {
		const data = find('SG/2084, ¶12 says the use of force needs the Security Council');
		expect(data.content).toMatch(/^SG\/2084 has no ¶12 \(it has ¶1–10\)\.\nThe 3 paragraphs closest to that message:/u);
		expect(data.embeds?.length).toBeGreaterThan(0);
	});

	it('says so when the message is nothing but the citation', () => {
		const data = find('SG/2084 para. 40');
		expect(data.content).toBe('SG/2084 has no ¶40 (it has ¶1–10).');
	});

	it('says nothing of the kind for a citation of a paragraph that exists', () => {
		const data = find('SG/2084 para. 4 on human rights');
		expect(data.content).not.toMatch(/has no/u);
	});

	it.each(['fr', 'es-ES', 'ru', 'zh-CN', 'zh-TW'])('%s: names the missing paragraph and the range', (locale) => {
		const data = find('SG/2084, ¶12 says the use of force needs the Security Council', locale);
		expect(data.content).toContain('¶12');
		expect(data.content).toContain('¶1–10');
	});
});
