import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import { themes } from '../../commands/themes.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { closestTheme } from '../../src/core/theme-suggestion.ts';
import { oppositeByPrefix } from '../../src/search/did-you-mean.ts';
import { firstResponse, type Reply } from '../../src/render/reply.ts';
import { contextFor, indexOf, requester, seedCore, seedCorpus } from '../helpers/corpus.ts';
import { validateChoices, validateMessage } from '../stand-in/validate-message.ts';

/**
 * "Did you mean" for a slip in a word of the text or a theme's name that no written form is one edit from: `teror`
 * (SG/2084 writes terrorism and terrorist, never terror) is one edit from the stem the text writes often, and from
 * the start of the theme Terrorism. Real words the text lacks (`piracy`, `women`, `climate`) get nothing.
 */

const REAL_WORDS_THE_TEXT_LACKS = ['piracy', 'women', 'climate'];

/** The private notice a command answers with. */
function noticeOf(reply: Reply): string {
	const first = firstResponse(reply);
	if (first.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(first.data)).toEqual([]);
	expect(first.data.allowed_mentions).toEqual({ parse: [] });
	return first.data.content ?? '';
}

describe('a slip in a frequent word of the text', () => {
	const index = indexOf(seedCorpus());

	it.each([
		['teror', ['terrorism']],
		['terrorr', ['terrorism']],
	])('%j: did you mean %j', (typed, meant) => {
		const outcome = index.search(typed);
		expect(outcome.match).toBe('none');
		expect(outcome.suggestions).toEqual(meant);
	});

	it.each(REAL_WORDS_THE_TEXT_LACKS)('%j, a word of English the text lacks, gets no suggestion', (typed) => {
		expect(index.search(typed).suggestions).toEqual([]);
	});

	it('"religious intolerance": a word of English with a negating prefix more than the text’s is no slip of it', () => {
		// SG/2084 writes tolerance beside religious; intolerance is its opposite.
		expect(index.search('religious intolerance').suggestions).toEqual([]);
	});

	it('tells a word with a negating prefix from the same word without it, either way round', () => {
		expect(oppositeByPrefix('intolerance', 'tolerance')).toBe(true);
		expect(oppositeByPrefix('lawful', 'unlawful')).toBe(true);
		expect(oppositeByPrefix('non-violent', 'violent')).toBe(true);
		// Other letters before the word are no negation ("reform" is no opposite of "form"), nor is a slip.
		expect(oppositeByPrefix('reform', 'form')).toBe(false);
		expect(oppositeByPrefix('tolerence', 'tolerance')).toBe(false);
	});

	it('is offered by /conclusions, its autocomplete and the CLI', () => {
		const context = contextFor(seedCorpus(), requester('en-US'));
		expect(noticeOf(conclusions.execute({ query: 'teror' }, context))).toMatch(
			/^No paragraph matches “teror”\. Did you mean “terrorism”\?/u,
		);
		const choices = conclusions.autocomplete?.({ query: 'teror' }, 'query', context) ?? [];
		expect(validateChoices(choices)).toEqual([]);
		expect(choices).toContainEqual({ name: 'Did you mean “terrorism”?', value: 'terrorism' });
		let stdout = '';
		const out = { stdout: (t: string) => (stdout += t), stderr: () => {} };
		expect(runCli(['search', 'teror'], seedCore, out)).toBe(0);
		expect(stdout).toContain('No paragraph matches "teror". Did you mean "terrorism"?');
	});
});

describe('a slip in a theme’s name', () => {
	const { themes: all } = seedCorpus();

	it.each([
		['teror', 'terrorism'],
		['humen', 'human-rights'],
		['terorism', 'terrorism'],
	])('%j: did you mean %s', (typed, id) => {
		expect(closestTheme(all, typed)?.id).toBe(id);
	});

	it.each([...REAL_WORDS_THE_TEXT_LACKS, 'power', 'security'])('%j names no theme', (typed) => {
		expect(closestTheme(all, typed)).toBeUndefined();
	});

	it('/themes teror says which theme it may mean', () => {
		const context = contextFor(seedCorpus(), requester('en-US'));
		expect(noticeOf(themes.execute({ theme: 'teror' }, context))).toMatch(
			/^There is no theme “teror”\. Did you mean \*\*Terrorism\*\* \(`theme:terrorism`\)\?/u,
		);
	});
});
