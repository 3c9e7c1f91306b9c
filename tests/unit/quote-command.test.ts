import { InteractionResponseType, MessageFlags, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.ts';
import type { OptionValues } from '../../src/core/types.ts';
import { SUPPORTED_LOCALES } from '../../src/i18n/index.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, layoutsCorpus, requester, seedCorpus, twoDocumentCorpus } from '../helpers/corpus.ts';
import { validateMessage } from '../stand-in/validate-message.ts';
import type { Corpus } from '../../src/corpus/types.ts';

/** The message `/quote` answers with, checked against Discord's limits and the no-ping rule on the way. */
function answer(corpus: Corpus, options: OptionValues, locale = 'en-US'): APIInteractionResponseCallbackData {
	const response = firstResponse(quote.execute(options, contextFor(corpus, requester(locale))));
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(response.data)).toEqual([]);
	expect(response.data.allowed_mentions).toEqual({ parse: [] });
	return response.data;
}

describe('/quote without a paragraph number', () => {
	it.each([
		['no option at all', {}],
		['an empty option', { paragraph: '' }],
		['blanks', { paragraph: '   ' }],
	])('%s: says how to use the command and which paragraphs exist, privately', (_name, options) => {
		const data = answer(seedCorpus(), options);
		expect(data.content).toBe('Give a paragraph number, like `/quote 1`. Valid paragraphs: SG/2084 ¶1–10.');
		expect(data.flags).toBe(MessageFlags.Ephemeral);
	});

	it('with several documents, the example names one and the ranges cover them all', () => {
		const data = answer(twoDocumentCorpus(), {});
		expect(data.content).toBe(
			'Give a paragraph number, like `/quote 1 document:SG/2084`. Valid paragraphs: SG/2084 ¶1–10, FIX/0001 ¶1–4.',
		);
	});

	it('the example is a paragraph the chosen document has (an extract starting at ¶12)', () => {
		const data = answer(layoutsCorpus(), { document: 'A/61/256' });
		expect(data.content).toMatch(
			/^Give a paragraph number, like `\/quote 12 document:A\/61\/256`\. Valid paragraphs: A\/61\/256 ¶12/,
		);
	});

	it.each(SUPPORTED_LOCALES)('%s: in the user’s language, with the same example and ranges', (locale) => {
		const english = answer(seedCorpus(), {});
		const data = answer(seedCorpus(), {}, locale);
		expect(data.content).not.toBe(english.content);
		expect(data.content).toContain('`/quote 1`');
		expect(data.content).toContain('SG/2084 ¶1–10');
	});
});

describe('/quote with text that is not a paragraph number', () => {
	it('says it is not a number, echoed escaped, with an example and where to search by words', () => {
		const data = answer(seedCorpus(), { paragraph: 'terrorism' });
		expect(data.content).toBe(
			'“terrorism” is not a paragraph number. Give one, like `/quote 1` (valid paragraphs: SG/2084 ¶1–10), or search by words with `/conclusions`.',
		);
	});

	it('never pings or formats what was typed', () => {
		const data = answer(seedCorpus(), { paragraph: '@everyone **x**' });
		expect(data.content).toMatch(/^“@\u200beveryone \\\*\\\*x\\\*\\\*” is not a paragraph number/);
	});

	it('a number out of range still gets the valid range', () => {
		const data = answer(seedCorpus(), { paragraph: '99' });
		expect(data.content).toBe('There is no paragraph “99”. Valid paragraphs: SG/2084 ¶1–10.');
	});
});

describe('/quote typed on a Chinese or Japanese keyboard (full-width forms)', () => {
	it.each([
		['３', '¶3'],
		['¶１０', '¶10'],
		['ＳＧ／２０８４\u3000３', '¶3'],
	])('%j quotes %s, as its ASCII twin does', (paragraph, title) => {
		// The title may go on with the paragraph's section (`¶10 · Further Work`).
		expect(answer(seedCorpus(), { paragraph }).embeds?.[0]?.title).toMatch(new RegExp(`^${title}(?!\\d)`, 'u'));
	});

	it('several numbers: ３、４ quotes ¶3 and tells how to ask for ¶4', () => {
		const reply = quote.execute({ paragraph: '３、４' }, contextFor(seedCorpus(), requester('zh-CN')));
		expect(reply.show.kind === 'message' && reply.show.data.embeds?.[0]?.title).toBe('¶3');
		expect(JSON.stringify(reply.then)).toContain('/quote 4');
	});

	it('autocomplete offers the paragraph for ３', () => {
		const choices = quote.autocomplete?.(
			{ paragraph: '３' },
			'paragraph',
			contextFor(seedCorpus(), requester('zh-CN')),
		);
		expect(choices?.[0]?.value).toBe('sg2084-3');
	});
});
