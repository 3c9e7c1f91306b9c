import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
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

describe('a phrase that names a theme only in its context (cues)', () => {
	// The bundled theme file: what an imported document is themed with.
	const { themes, overrides } = validateThemeFile(
		JSON.parse(readFileSync(new URL('../../data/themes.json', import.meta.url), 'utf8')),
		'data/themes.json',
	);
	const matchers = compileThemeMatchers(themes);
	const themed = (text: string, section: string | null = null) =>
		assignThemes('x-1', text, themes, matchers, overrides, section);

	it.each([
		[
			'a tool of one matter used for another (early warning of tsunamis, under a disaster heading)',
			'Ministers decided to establish a regional early warning network for cyclones and tsunamis.',
			'III. Disaster Risk Management',
			'conflict-prevention',
		],
		[
			'children in schooling',
			'Ministers agreed to expand access to schooling for children in rural areas.',
			null,
			'protection-of-civilians',
		],
		[
			'tolerance of a policy',
			'The Council reaffirmed its zero tolerance for corruption in public procurement.',
			null,
			'dialogue-among-civilizations',
		],
		[
			'a proliferation of something else',
			'Ministers noted the proliferation of regional initiatives on fisheries.',
			'Blue Economy',
			'disarmament',
		],
	])('does not give a theme for %s', (_, text, section, theme) => {
		expect(themed(text, section)).not.toContain(theme);
	});

	it.each([
		['in the paragraph', 'They supported early warning of armed conflict in the region.', null],
		['in its section heading', 'They supported a regional early warning network.', 'B. Prevention of violent conflict'],
	])('gives the theme where its context occurs %s', (_, text, section) => {
		expect(themed(text, section)).toContain('conflict-prevention');
	});

	it('names the phrases that give a theme, and a cue that did not count', () => {
		const matcher = matchers.get('conflict-prevention');
		expect(matcher?.phrases('early warning of conflicts and mediation')).toEqual(['mediation', 'early warning']);
		expect(matcher?.cuesOutOfContext('an early warning network for tsunamis', 'disaster risk management')).toEqual([
			'early warning',
		]);
	});

	it('refuses cues without the context that would let them count', () => {
		expect(() =>
			validateThemeFile(
				{ themes: [{ id: 'a', label: 'A', description: '', patterns: ['x'], cues: ['y'] }], overrides: [] },
				'themes.json',
			),
		).toThrow(/cues needs "context"/);
	});
});

describe('theme matchers are compiled on first use', () => {
	/**
	 * The whole-word regular expressions (Unicode property classes: the costly ones, about half a millisecond each to
	 * make and run first) made while `run` runs.
	 */
	function wholeWordExpressionsMadeBy(run: () => void): number {
		const original = globalThis.RegExp;
		let made = 0;
		globalThis.RegExp = new Proxy(original, {
			construct(target, args: [string | RegExp, string?]) {
				if (String(args[0]).includes('\\p{')) made += 1;
				return new target(...args);
			},
		});
		try {
			run();
		} finally {
			globalThis.RegExp = original;
		}
		return made;
	}
	const { themes } = validateThemeFile(
		JSON.parse(readFileSync(new URL('../../data/themes.json', import.meta.url), 'utf8')),
		'themes.json',
	);

	it('makes none when compiled, none for a text without the patterns, one for a text with them', () => {
		let matchers: ReturnType<typeof compileThemeMatchers> | undefined;
		expect(wholeWordExpressionsMadeBy(() => (matchers = compileThemeMatchers(themes)))).toBe(0);
		// A search's text: every theme is tested, and only the one whose words it holds makes its whole-word expression.
		const query = 'counter-terrorism measures';
		let found: string[] = [];
		const made = wholeWordExpressionsMadeBy(
			() => (found = themes.filter((theme) => matchers?.get(theme.id)?.test(query)).map((theme) => theme.id)),
		);
		expect(found).toEqual(['terrorism']);
		expect(made).toBe(1);
		// Made once: a second test uses the same.
		expect(wholeWordExpressionsMadeBy(() => expect(matchers?.get('terrorism')?.test('terrorists')).toBe(true))).toBe(0);
	});

	it('gives the whole-word answer where the patterns occur inside a longer word', () => {
		const matchers = compileThemeMatchers(themes);
		const terrorism = matchers.get('terrorism');
		// "terrorism" occurs in each, but not as a whole word.
		expect(terrorism?.test('counterterrorism')).toBe(false);
		expect(terrorism?.test('terrorismo')).toBe(false);
		expect(terrorism?.test('2terrorism')).toBe(false);
		expect(terrorism?.test('anti-terrorism')).toBe(true);
		expect(matchers.get('human-rights')?.test('human rightsabuses, human rights')).toBe(true);
		expect(matchers.get('human-rights')?.test('human rightsabuses')).toBe(false);
	});

	it('gives the same answers as before, cues and phrases included', () => {
		const matchers = compileThemeMatchers(themes);
		const dialogue = matchers.get('dialogue-among-civilizations');
		expect(dialogue?.test('tolerance among religions')).toBe(true);
		expect(dialogue?.test('tolerance of risk')).toBe(false);
		// The cue as part of a longer word does not count, nor the context as part of one.
		expect(dialogue?.test('intolerance among religions')).toBe(false);
		expect(dialogue?.test('tolerance among irreligionsx')).toBe(false);
		expect(dialogue?.test('tolerance', 'religions')).toBe(true);
		expect(dialogue?.phrases('cultural diversity and tolerance among religions')).toEqual([
			'cultural diversity',
			'tolerance',
		]);
		expect(dialogue?.cuesOutOfContext('zero tolerance for delays')).toEqual(['tolerance']);
	});
});
