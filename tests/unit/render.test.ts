import { InteractionResponseType, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { escapeMarkdown } from '@discordjs/formatters';
import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { cutAtWord } from '../../src/render/cut.ts';
import { escapeText } from '../../src/render/escape.ts';
import { renderQuote } from '../../src/render/quote.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { validateMessage } from '../stand-in/validate-message.ts';
import { contextFor, indexOf, layoutsCorpus, requester, seedCorpus } from '../helpers/corpus.ts';
import { longText, withTexts } from '../helpers/synthetic.ts';

function run(
	corpus: Corpus,
	options: Record<string, string | boolean>,
	locale?: string,
): APIInteractionResponseCallbackData {
	const context = locale === undefined ? contextFor(corpus) : contextFor(corpus, requester(locale));
	const response = firstResponse(conclusions.execute(options, context));
	if (response.type !== InteractionResponseType.ChannelMessageWithSource)
		throw new Error(`expected a message, got type ${response.type}`);
	return response.data;
}

/** Bold markers that are not escaped: must pair up, or markdown breaks. */
const unescapedBold = (text: string) => (text.match(/(?<!\\)\*\*/g) ?? []).length;

describe('/conclusions replies stay inside Discord limits', () => {
	const seed = seedCorpus();

	it('quotes the longest seed paragraph whole', () => {
		const longest = [...seed.paragraphs].sort((a, b) => b.searchText.length - a.searchText.length)[0];
		const data = run(seed, { query: 'Counter-Terrorism Committee resolution 1373' });
		expect(data.embeds?.[0]?.title).toBe(`¶${longest?.number}`);
		expect(data.embeds?.[0]?.description).not.toContain('…');
		expect(validateMessage(data)).toEqual([]);
	});

	it('cuts three synthetic 5000-character paragraphs at word boundaries, inside every limit', () => {
		const corpus = withTexts(seed, {
			'sg2084-3': longText(5000),
			'sg2084-4': longText(5000),
			'sg2084-10': longText(5000),
		});
		const data = run(corpus, { query: 'terrorism' });
		expect(data.embeds).toHaveLength(3);
		expect(validateMessage(data)).toEqual([]);
		for (const embed of data.embeds ?? []) {
			const description = embed.description ?? '';
			expect(description.endsWith('…')).toBe(true);
			expect(unescapedBold(description) % 2).toBe(0);
			// What is kept is a prefix of the paragraph that ends where a word ends.
			const kept = description.replace(/^>>> /, '').replace(/\*\*/g, '').replace(/…$/, '');
			expect(longText(5000).startsWith(kept)).toBe(true);
			expect(longText(5000).slice(kept.length)).toMatch(/^[,;:]? /);
		}
	});

	it('keeps markdown balanced when the paragraph itself is full of markdown and mentions', () => {
		const nasty = Array.from({ length: 400 }, (_, i) => (i % 3 ? `**terrorism_${i}** @everyone <@&1>` : '`x`')).join(
			' ',
		);
		const corpus = withTexts(seed, { 'sg2084-3': nasty });
		const data = run(corpus, { query: 'terrorism' });
		expect(validateMessage(data)).toEqual([]);
		const description = data.embeds?.find((e) => e.title === '¶3')?.description ?? '';
		expect(unescapedBold(description) % 2).toBe(0);
		// A document's `@everyone` is quoted as published (an embed never pings); `<@&1>` would show as a chip.
		expect(description).toContain('@everyone');
		// Escapes more than double this text: the quote is still cut to fill its room, not to nothing.
		expect(description.length).toBeGreaterThan(1000);
		expect(description).not.toMatch(/(?<!\\)<@&1>/);
	});

	it('fits a single enormous word', () => {
		const corpus = withTexts(seed, { 'sg2084-9': 'x'.repeat(5000) + ' conflict' });
		const data = run(corpus, { query: 'conflict' });
		expect(validateMessage(data)).toEqual([]);
	});
});

describe('the summary of a search that matched', () => {
	it('names what was searched for, not the words that frame the question or a pasted mention', () => {
		const question = run(seedCorpus(), { query: 'what did they say about terrorism?' }).content ?? '';
		expect(question).toMatch(/paragraphs have “terrorism”/);
		const mention = run(seedCorpus(), { query: '<@123456789012345678> terrorism' }).content ?? '';
		expect(mention).toMatch(/paragraphs have “terrorism”/);
		expect(mention).not.toContain('123456789012345678');
		// A Spanish question's opening mark too.
		const spanish = run(seedCorpus(), { query: '¿terrorism?' }).content ?? '';
		expect(spanish).toMatch(/paragraphs have “terrorism”/);
	});

	it('leaves out a word of the question between two searched ones, which the paragraphs need not have', () => {
		const question = run(seedCorpus(), { query: 'what did the council say about terrorism?' }).content ?? '';
		expect(question).toMatch(/has all of “council terrorism”/u);
	});

	it('keeps the words between two searched ones, and a query of question words alone as typed', () => {
		expect(run(seedCorpus(), { query: 'weapons of mass destruction' }).content).toContain(
			'“weapons of mass destruction”',
		);
		expect(run(seedCorpus(), { query: 'what about' }).content).toContain('“what about”');
	});
});

describe('the matched: line', () => {
	it('does not name another form of a word whose own form the page bolds too ("used" beside "use")', () => {
		// ¶2: "the use of force, which participants reaffirmed should be used…"
		expect(run(seedCorpus(), { query: 'use of force' }).content).not.toContain('matched:');
	});

	it('names a form the reader did not type when their own is not on the page, and an expansion', () => {
		expect(run(seedCorpus(), { query: 'terrorists' }).content).toMatch(/matched: .*terrorism/u);
		expect(run(seedCorpus(), { query: 'WMD' }).content).toContain('matched: weapons of mass destruction');
	});
});

describe('a search with no match', () => {
	it('offers the closest paragraphs by related words, labelled as not containing the words typed', () => {
		// "fraud" is not in the text; WordNet says fraud is a crime, and ¶1 speaks of organized crime.
		const data = run(seedCorpus(), { query: 'fraud' });
		expect(data.content).toMatch(/^No paragraph matches “fraud”\./);
		// None has the word: two strangers found "none of them has all the words" odd for a word none of them has.
		expect(data.content).toContain('none of them has the words you typed');
		expect(data.content).not.toContain('all the words');
		// With some of the words typed in them, not all.
		const some = run(seedCorpus(), { query: 'terrorism in space zebra' }).content ?? '';
		expect(some).toContain('none of them has all the words you typed');
		expect(run(seedCorpus(), { query: 'fraud' }, 'fr').content).toContain('aucun ne contient les mots saisis');
		expect(data.embeds?.map((e) => e.title)).toContain('¶1');
		expect(data.flags).toBe(64);
		expect(validateMessage(data)).toEqual([]);
	});

	it("suggests a search this corpus answers: a theme it has and a word of that theme's paragraphs", () => {
		// A corpus without the terrorism theme (an extract on other matters) must not be told to try it.
		for (const corpus of [seedCorpus(), layoutsCorpus(['numbered-extract'])]) {
			const content = run(corpus, { query: 'zzqx' }).content ?? '';
			const [, word = '', theme = ''] = /\(e\.g\. `\/conclusions query:(\S+) theme:(\S+)`\)/u.exec(content) ?? [];
			expect(corpus.themes.map((t) => t.id)).toContain(theme);
			// The example finds what it promises: its word, within its theme.
			expect(run(corpus, { query: word, theme }).content).toMatch(/paragraphs? match/u);
		}
		expect(run(layoutsCorpus(['numbered-extract']), { query: 'zzqx' }).content).not.toContain('terrorism');
	});

	it('gives no example when no paragraph has a theme', () => {
		const seed = seedCorpus();
		const unthemed: Corpus = {
			...seed,
			themes: [],
			paragraphs: seed.paragraphs.map((p) => ({ ...p, themes: [] })),
			paragraphsByTheme: new Map(),
		};
		const content = run(unthemed, { query: 'zzqx' }).content ?? '';
		expect(content).toMatch(/^No paragraph matches “zzqx”\./u);
		expect(content).not.toContain('e.g.');
		expect(content).not.toContain('theme:');
	});

	it('says which fact no paragraph states when a question for one finds its words', () => {
		// The layout fixtures speak of African Union troops in Darfur, and count none of them.
		const data = run(layoutsCorpus(), { query: 'how many troops did the African Union deploy in Darfur?' });
		expect(data.content).toMatch(
			/^No paragraph gives the number “how many troops did the African Union deploy in Darfur\?” asks for\./,
		);
		expect(data.content).toContain('The paragraphs with your words — none of them states it:');
		expect(data.content).not.toContain('none of them has all the words you typed');
		expect(data.embeds?.length).toBeGreaterThan(0);
		expect(data.flags).toBe(64);
		expect(validateMessage(data)).toEqual([]);
	});

	it('says only what to try when nothing is even related', () => {
		const data = run(seedCorpus(), { query: 'qqqzzx' });
		expect(data.embeds ?? []).toEqual([]);
		expect(data.content).not.toContain('related');
	});
});

describe('escaping what a user typed', () => {
	const seed = seedCorpus();

	it.each([
		['**bold**', '\\*\\*bold\\*\\*'],
		['`code`', '\\`code\\`'],
		['```fence```', '\\`\\`\\`fence\\`\\`\\`'],
		['https://example.com', 'https:\u200b//example.com'],
		['back\\slash', 'back\\\\slash'],
	])('%s is echoed as %s', (typed, shown) => {
		expect(escapeText(typed)).toBe(shown);
		const data = run(seed, { query: `zzzq ${typed}` });
		expect(data.content).toContain(shown);
		expect(data.allowed_mentions).toEqual({ parse: [] });
	});

	it.each([
		['@everyone', '@\u200beveryone'],
		['@here', '@\u200bhere'],
		['<@&1>', '\\<@\u200b&1>'],
		['<@123>', '\\<@\u200b123>'],
		['<#5>', '\\<#5>'],
	])('%s is escaped as %s, and a reply echoes the query without it, as every echo of a query does', (typed, shown) => {
		expect(escapeText(typed)).toBe(shown);
		const data = run(seed, { query: `zzzq ${typed}` });
		expect(data.content).toContain('“zzzq”');
		expect(data.content).not.toMatch(/[@<]/);
		expect(data.allowed_mentions).toEqual({ parse: [] });
	});
});

describe('cutting text', () => {
	it.each([
		['short text', 100, 'short text', false],
		['one two three four', 12, 'one two', true],
		['one two, three', 11, 'one two', true],
		['abcdefghij', 5, 'abcd', true],
	])('cutAtWord(%j, %i) keeps %j', (text, max, kept, cut) => {
		expect(cutAtWord(text, max)).toEqual({ text: kept, cut });
	});

	it('never splits a surrogate pair', () => {
		const { text } = cutAtWord('😀'.repeat(10), 6);
		expect(text).toBe('😀😀');
	});

	it('renderQuote respects its budget and bolds whole words only', () => {
		const highlighter = indexOf(seedCorpus()).highlighter(new Set(['terror']));
		const { markdown } = renderQuote('terrorism terrorists counterterrorism', highlighter, 200);
		expect(markdown).toBe('>>> **terrorism** terrorists counterterrorism');
	});
});

describe('escapeText’s fast path', () => {
	const full = (text: string) =>
		escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
			.replace(/@(?=\S)/g, '@\u200b')
			.replace(/<(?=[@#:/]|a:|t:)/g, '\\<')
			.replace(/:\/\//g, ':\u200b//');

	it.each([
		...seedCorpus().paragraphs.map((p) => p.searchText),
		'# heading',
		'- item',
		'  * item',
		'1. first',
		'> quote',
		'[link](https://x.y)',
		'a_b',
		'a|b',
		'~~x~~',
		'plain text (with parentheses) - and a dash: fine',
		'@here <#1> https://example.org',
	])('gives what the full escaper gives for %j', (text) => {
		expect(escapeText(text)).toBe(full(text));
	});
});

describe('the count of a search’s matches', () => {
	it('tells the paragraphs with every word from those with some of them or only their theme', () => {
		// "UN charter": ¶2 says "United Nations Charter"; the others of the theme "Multilateralism and the UN Charter"
		// come after it, through its label or one of the words.
		const data = run(seedCorpus(), { query: 'UN charter' });
		expect(data.content).toMatch(
			/^\*\*1\*\* paragraph has all of “UN charter”, and \*\*\d+\*\* more some of it or only its theme/,
		);
		expect(data.embeds?.[0]?.title).toBe('¶2');
	});

	it('says simply how many match when every one has every word', () => {
		const data = run(seedCorpus(), { query: 'proliferation' });
		expect(data.content).toMatch(/^\*\*2\*\* paragraphs match “proliferation”:/);
	});
});
