import { InteractionResponseType, MessageFlags, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import { quote } from '../../commands/quote.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import type { OptionValues } from '../../src/core/types.ts';
import { escapeQuoted, escapeText } from '../../src/render/escape.ts';
import { renderHighlighted } from '../../src/render/quote.ts';
import { firstResponse, messageBody } from '../../src/render/reply.ts';
import type { Highlighter } from '../../src/search/highlight.ts';
import { contextFor, seedCorpus } from '../helpers/corpus.ts';
import { withTexts } from '../helpers/synthetic.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

const WITH_LINK =
	'The report of the dialogue was published at https://example.org/kampala_dialogue_2026 for scrutiny by the public; ' +
	'comments may be sent to kampala_dialogue@example.org (see <https://example.org/a*b*c>).';

function answer(
	command: typeof quote | typeof conclusions,
	corpus: Corpus,
	options: OptionValues,
): APIInteractionResponseCallbackData {
	const response = firstResponse(command.execute(options, contextFor(corpus)));
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(response.data)).toEqual([]);
	return response.data;
}

/** The words a block-quoted description shows in Discord: its marker, bold and backslash escapes taken away. */
const shown = (description: string) =>
	description
		.replace(/^>>> /u, '')
		.replace(/\*\*/gu, '')
		.replace(/\\([^\p{L}\p{N}\s])/gu, '$1');

describe('a quote keeps the document’s links and addresses as published', () => {
	const corpus = withTexts(seedCorpus(), { 'sg2084-3': WITH_LINK });

	it('escapeQuoted leaves a link, an e-mail address and an `@` alone', () => {
		expect(escapeQuoted(WITH_LINK)).not.toContain('\u200b');
		expect(escapeQuoted(WITH_LINK)).toContain(' https://example.org/kampala_dialogue_2026 ');
		expect(escapeQuoted(WITH_LINK)).toContain('<https://example.org/a*b*c>');
		expect(escapeQuoted('write to info@un.org or @everyone')).toBe('write to info@un.org or @everyone');
	});

	it('escapeQuoted still escapes Markdown outside links, and a `<` that would make a chip', () => {
		expect(escapeQuoted('kampala_dialogue@example.org')).toBe('kampala\\_dialogue@example.org');
		expect(escapeQuoted('**bold** and <@&1> and <#5> and <t:1:R>')).toBe(
			'\\*\\*bold\\*\\* and \\<@&1> and \\<#5> and \\<t:1:R>',
		);
		expect(escapeQuoted('# heading')).toBe('\\# heading');
	});

	it('what a user typed is still broken where it could link or ping', () => {
		expect(escapeText('https://example.org @everyone')).toBe('https:\u200b//example.org @\u200beveryone');
	});

	it('/quote shows the paragraph word for word, link included', () => {
		const description = answer(quote, corpus, { paragraph: '3' }).embeds?.[0]?.description ?? '';
		expect(description).not.toContain('\u200b');
		expect(description).toContain('https://example.org/kampala_dialogue_2026 ');
		expect(shown(description)).toBe(WITH_LINK);
	});

	it('a search result quotes it word for word too', () => {
		const data = answer(conclusions, corpus, { query: 'scrutiny' });
		const description = data.embeds?.find((e) => e.title?.startsWith('¶3'))?.description ?? '';
		expect(description).toContain(' https://example.org/kampala_dialogue_2026 ');
		expect(description).toContain('**scrutiny**');
		expect(shown(description)).toBe(WITH_LINK);
	});

	it('a word matched inside a link leaves the link whole and unbolded, and is bolded elsewhere', () => {
		// Matches every "kampala" and "dialogue", as a search for those words would.
		const highlighter: Highlighter = {
			segments: (text) => text.split(/(kampala|dialogue)/u).map((part, i) => ({ text: part, matched: i % 2 === 1 })),
			isStopWord: () => false,
		};
		const markdown = renderHighlighted(WITH_LINK, highlighter);
		expect(markdown).toContain(' https://example.org/kampala_dialogue_2026 ');
		expect(markdown).toContain('<https://example.org/a*b*c>');
		expect(markdown).toContain('of the **dialogue** was');
		expect(shown(markdown)).toBe(WITH_LINK);
	});
});

describe('a link in a message’s own content does not unfurl', () => {
	it('sets SUPPRESS_EMBEDS on a message without embeds whose content has a bare link', () => {
		const body = messageBody({ content: `Published at https://example.org/report.` }, true);
		expect(body.flags).toBe(MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds);
		expect(body.content).toBe('Published at https://example.org/report.');
	});

	it('leaves the flag off where nothing would unfurl, or where it would hide the embeds', () => {
		expect(messageBody({ content: 'See <https://example.org/report>.' }).flags).toBeUndefined();
		expect(messageBody({ content: '```\nhttps://example.org\n```' }).flags).toBeUndefined();
		expect(messageBody({ content: 'https:\u200b//example.org' }).flags).toBeUndefined();
		expect(messageBody({ content: 'https://example.org', embeds: [{ description: 'x' }] }).flags).toBeUndefined();
	});
});

describe('a quote cut where a sentence ends', () => {
	/** Sentences of about 100 characters, to some 9,000 characters: more than one message holds. */
	const sentences = Array.from(
		{ length: 90 },
		(_, i) => `The participants noted item ${i} of the review of financing since the previous meeting.`,
	).join(' ');
	const corpus = withTexts(seedCorpus(), { 'sg2084-4': sentences });

	it('ends with one ellipsis, set apart from the period, and keeps the text before it word for word', () => {
		const embeds = answer(quote, corpus, { paragraph: '4' }).embeds ?? [];
		const last = embeds[embeds.length - 1]?.description ?? '';
		expect(last).toMatch(/meeting\. …$/u);
		const quoted = embeds.map((e) => shown(e.description ?? '')).join(' ');
		expect(sentences.startsWith(quoted.replace(/ …$/u, ''))).toBe(true);
	});

	it('a plain-text cut after a sentence does the same where its length allows', async () => {
		const { shorten } = await import('../../src/render/cut.ts');
		expect(shorten('One sentence. Twosentenceshere.', 20)).toBe('One sentence. …');
		expect(shorten('One sentence. Twosentenceshere.', 14)).toBe('One sentence.…');
		expect(shorten('One sentence two three', 20)).toBe('One sentence two…');
	});
});
