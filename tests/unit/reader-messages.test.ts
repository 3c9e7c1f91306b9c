import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import { themes } from '../../commands/themes.ts';
import { closestTheme } from '../../src/core/theme-suggestion.ts';
import type { OptionValues } from '../../src/core/types.ts';
import { SUPPORTED_LOCALES, messagesFor } from '../../src/i18n/index.ts';
import { inQuotes } from '../../src/render/quoted.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, requester, seedCorpus } from '../helpers/corpus.ts';

const seed = seedCorpus();
const LOCALES = ['en-US', ...SUPPORTED_LOCALES];

/** The text a command answers with, in one locale. */
function answer(command: typeof conclusions | typeof themes, options: OptionValues, locale = 'en-US'): string {
	const response = firstResponse(command.execute(options, contextFor(seed, requester(locale))));
	if (response.type !== InteractionResponseType.ChannelMessageWithSource)
		throw new Error(`expected a message, got type ${response.type}`);
	return response.data.content ?? '';
}

describe('a query echoed in quotation marks', () => {
	it.each([
		['terrorism', '“terrorism”'],
		['"use of force"', '"use of force"'],
		['“use of force”', '“use of force”'],
		['«use of force»', '«use of force»'],
		['"use of" force', '“"use of" force”'],
		['"a" and "b"', '“"a" and "b"”'],
		['""', '“""”'],
	])('%s is echoed as %s', (typed, shown) => {
		expect(inQuotes(typed)).toBe(shown);
	});

	it.each(LOCALES)('%s: a quoted phrase gets no second pair of quotes', (locale) => {
		const text = answer(conclusions, { query: '"use of force"' }, locale);
		expect(text).toContain('"use of force"');
		expect(text).not.toMatch(/“"|"”/u);
	});

	it('a quoted phrase found nowhere is echoed once too', () => {
		expect(answer(conclusions, { query: '"zzqx qqzx"' })).toContain('No paragraph matches "zzqx qqzx".');
	});

	it.each([
		['disarmamnet', '**1** paragraph has “disarmament”, and **1** more has only its theme'],
		['proliferaton', '**2** paragraphs match “proliferation”'],
		// Read as the form the text writes exactly, beside others of its stem that matched (multilateral).
		['multilaterlism', '**3** paragraphs have “multilateralism”'],
		// Among other words, each in its place; a phrase bolded whole ("human rights") gives its word.
		['human rigths', '**3** paragraphs match “human rights”'],
		['terorism and povrety', 'has all of “terrorism and poverty”'],
	])('a word read as another (%s) is echoed as the word the paragraphs have', (typed, summary) => {
		const text = answer(conclusions, { query: typed });
		expect(text).toContain(summary);
		expect(text).not.toContain(`“${typed}”`);
	});

	it('a word the paragraphs have as typed, or as a word it begins, is echoed as typed', () => {
		expect(answer(conclusions, { query: 'terror' })).toContain('paragraphs have “terror”');
		expect(answer(conclusions, { query: 'terrorism' })).toContain('paragraphs have “terrorism”');
	});
});

describe('a theme named with a typo', () => {
	it.each([
		['Terorism', 'terrorism'],
		['terrorsim', 'terrorism'],
		['multilat', 'multilateralism'],
		['Multilateralism and the UN', 'multilateralism'],
		['human right', 'human-rights'],
		['Disarmament and non-proliferaton', 'disarmament'],
		// A word of one label, not its first.
		['civilians', 'protection-of-civilians'],
		['charter', 'multilateralism'],
		['civilizations', 'dialogue-among-civilizations'],
	])('%s: did you mean %s', (typed, id) => {
		expect(closestTheme(seed.themes, typed)?.id).toBe(id);
	});

	it.each([['cooking'], ['p'], ['x']])('%s: nothing close, no guess', (typed) => {
		expect(closestTheme(seed.themes, typed)).toBeUndefined();
	});

	it.each(LOCALES)('%s: /themes and /conclusions name the closest theme', (locale) => {
		const m = messagesFor(locale);
		const list = seed.themes.map((t) => t.label).join(', ');
		expect(answer(themes, { theme: 'Terorism' }, locale)).toBe(
			m.unknownThemeMeant(`${m.quotes[0]}Terorism${m.quotes[1]}`, 'Terrorism', 'terrorism', list),
		);
		expect(answer(conclusions, { query: 'force', theme: 'Terorism' }, locale)).toContain('`theme:terrorism`');
		expect(answer(themes, { theme: 'multilat' }, locale)).toContain('`theme:multilateralism`');
		expect(answer(themes, { theme: 'cooking' }, locale)).toBe(
			m.unknownTheme(`${m.quotes[0]}cooking${m.quotes[1]}`, list),
		);
	});
});

describe('a theme the theme file defines but no loaded paragraph has', () => {
	it('is not offered, yet is kept to be named', () => {
		expect(seed.themeById.has('peacekeeping')).toBe(false);
		expect(seed.unusedThemes?.map((t) => t.id)).toContain('peacekeeping');
	});

	it.each(LOCALES)('%s: by id or label, is told it has no paragraphs here, not that it does not exist', (locale) => {
		const m = messagesFor(locale);
		const expected = m.themeWithoutParagraphs('Peacekeeping', seed.themes.map((t) => t.label).join(', '));
		expect(answer(themes, { theme: 'peacekeeping' }, locale)).toBe(expected);
		expect(answer(conclusions, { query: 'force', theme: 'Peacekeeping' }, locale)).toBe(expected);
	});
});

describe('/conclusions with a theme and no words', () => {
	it.each(LOCALES)('%s: points to /themes for that theme', (locale) => {
		const text = answer(conclusions, { query: '  ', theme: 'Terrorism' }, locale);
		expect(text).toBe(messagesFor(locale).themeWithoutWords('Terrorism', 'terrorism'));
		expect(text).toContain('`/themes theme:terrorism`');
	});

	it('without a theme, still asks for words', () => {
		expect(answer(conclusions, { query: '' })).toBe(messagesFor('en-US').emptyQuery);
	});
});
