import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/search/analyzer.ts';
import { planQuery } from '../../src/search/query-plan.ts';
import type { PlanSources } from '../../src/search/query-unit.ts';
import { NO_RELATED_WORDS, type RelatedWordsTable } from '../../src/search/related-words.ts';
import { SynonymTable } from '../../src/search/synonyms.ts';
import type { KnownWords } from '../../src/search/word-forms.ts';

/**
 * Planning a reader's hyphenated word against a made-up text and a made-up reduced lexical table: the text says
 * "assembly" and "warming" (stems assembl, warm); the lexical resource writes "warm up" and "hoe down" as words
 * apart, one of them meaning the text's word.
 */
const analyzer = new Analyzer({ words: {}, ise: [] });
const TEXT_TERMS = new Set(['assembl', 'warm', 'down']);
const known: KnownWords = {
	hasTerm: (t) => TEXT_TERMS.has(t),
	complete: () => [],
	closeForms: () => [],
	termOfForm: () => undefined,
	formsOf: () => new Map(),
};

function sources(related: RelatedWordsTable): PlanSources {
	return {
		analyzer,
		synonyms: new SynonymTable([], analyzer),
		related: () => related,
		acronyms: () => ({}),
		defines: () => false,
		known,
		isEnglish: () => true,
		knownEnglish: () => true,
	};
}

describe('a hyphenated word the text lacks', () => {
	it('is looked up in the lexical resource as the words apart it writes ("hoe-down": hoe down, an assembly)', () => {
		const table: RelatedWordsTable = {
			...NO_RELATED_WORDS,
			match: { 'hoe down': [['assembl']] },
			related: { 'hoe down': [['warm']] },
		};
		const [unit] = planQuery('hoe-down', sources(table)).units;
		expect(unit?.related).toEqual([['assembl']]);
		expect(unit?.looser).toEqual([['warm']]);
	});

	it('means its known part when the lexical resource has no such entry, as before', () => {
		// No "hoe warming" entry: the short part the text lacks is left, the part it has is what the word means.
		const [unit] = planQuery('hoe-warming', sources(NO_RELATED_WORDS)).units;
		expect(unit?.related).toEqual([['warm']]);
		// Unless that part is a function word: "hoe-down" does not mean "down".
		expect(planQuery('hoe-down', sources(NO_RELATED_WORDS)).units[0]?.related).toEqual([]);
	});

	it('still meets an entry of its joined form when the lexical resource has none of its words apart', () => {
		const table: RelatedWordsTable = {
			...NO_RELATED_WORDS,
			narrower: { [analyzer.term('hoedown') ?? '']: [['warm']] },
		};
		const [unit] = planQuery('hoe-down', sources(table)).units;
		expect(unit?.narrower).toEqual([['warm']]);
	});

	it('never takes an entry of its first part alone for the whole word', () => {
		// "hoe" alone means something in the table; "hoe-down" is not "hoe".
		const table: RelatedWordsTable = { ...NO_RELATED_WORDS, match: { hoe: [['warm']] } };
		const [unit] = planQuery('hoe-down', sources(table)).units;
		expect(unit?.related).not.toContainEqual(['warm']);
	});
});
