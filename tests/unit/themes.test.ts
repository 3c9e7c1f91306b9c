import { describe, expect, it } from 'vitest';
import { assignThemes, compileThemeMatchers, validateThemeFile } from '../../src/corpus/themes.ts';
import { seedCorpus } from '../helpers/corpus.ts';

describe('themes of the seed', () => {
	const corpus = seedCorpus();

	it('defines the themes the seed needs', () => {
		expect(corpus.themes.map((t) => t.label)).toEqual([
			'Terrorism',
			'Human rights',
			'Dialogue among civilizations',
			'Protection of civilians',
			'Poverty and development',
			'Peace-building',
			'Disarmament and non-proliferation',
			'Conflict prevention',
			'Multilateralism and the UN Charter',
			'Organized crime',
		]);
	});

	// Each set is defended in README ("Themes"): the paragraph names the matter, or an override says why.
	it.each([
		[1, ['terrorism', 'human-rights', 'poverty-and-development', 'disarmament', 'multilateralism', 'organized-crime']],
		[2, ['multilateralism']],
		[3, ['terrorism', 'multilateralism']],
		[4, ['terrorism', 'human-rights']],
		[5, ['terrorism', 'dialogue-among-civilizations']],
		[6, ['protection-of-civilians']],
		[7, ['poverty-and-development', 'peace-building']],
		[8, ['disarmament', 'multilateralism']],
		[9, ['conflict-prevention']],
		[10, ['terrorism', 'human-rights', 'dialogue-among-civilizations', 'multilateralism']],
	])('¶%i has exactly the themes %j', (number, themes) => {
		expect(corpus.paragraphs[number - 1]?.themes).toEqual(themes);
	});
});

describe('theme assignment', () => {
	const { themes, overrides } = validateThemeFile(
		{
			themes: [
				{ id: 'arms', label: 'Arms', description: '', patterns: ['small arms'] },
				{ id: 'crime', label: 'Crime', description: '', patterns: ['organi[sz]ed crime'] },
			],
			overrides: [{ paragraph: 'x-2', add: ['crime'], remove: ['arms'], reason: 'test' }],
		},
		'test',
	);
	const matchers = compileThemeMatchers(themes);

	it('matches whole words only, whatever the case and accents', () => {
		expect(assignThemes('x-1', 'the illicit trade in SMALL ARMS', themes, matchers, [])).toEqual(['arms']);
		expect(assignThemes('x-1', 'small armsdealers', themes, matchers, [])).toEqual([]);
		expect(assignThemes('x-1', 'Organised Crime', themes, matchers, [])).toEqual(['crime']);
	});

	it('applies per-paragraph overrides after the patterns', () => {
		expect(assignThemes('x-2', 'small arms', themes, matchers, overrides)).toEqual(['crime']);
	});

	it('reports every problem of a bad theme file at once', () => {
		const bad = () =>
			validateThemeFile(
				{
					themes: [{ id: 'Bad Id', label: '', description: 'd', patterns: ['('] }],
					overrides: [{ paragraph: 'x-1', add: ['nope'] }],
				},
				'themes.json',
			);
		expect(bad).toThrow(
			/kebab-case[\s\S]*label is missing[\s\S]*not a valid regular expression[\s\S]*reason is missing[\s\S]*unknown theme "nope"/,
		);
	});
});
