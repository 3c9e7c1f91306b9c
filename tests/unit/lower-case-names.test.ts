import { beforeAll, describe, expect, it } from 'vitest';
import { lowerCaseNames } from '../../src/search/lower-case-names.ts';
import type { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { publishedIndex } from '../helpers/published-index.ts';

const NOUNS = new Set([
	'systems',
	'partners',
	'violence',
	'vehicles',
	'persons',
	'law',
	'capacity',
	'change',
	'transfers',
	'states',
	'surveillance',
]);
const names = (texts: string[]) =>
	lowerCaseNames(
		() => texts,
		indexOf(seedCorpus()).analyzer,
		(word) => NOUNS.has(word.toLowerCase()),
	);
const spelled = (texts: string[], typed: string) => names(texts)(typed).map((n) => n.name);

describe('an acronym read from the names the text writes in lower case', () => {
	it('is the run of words whose initials spell it, plural or not', () => {
		expect(spelled(['Measures in relation to unmanned aerial vehicles and missiles.'], 'UAV')).toEqual([
			'unmanned aerial vehicles',
		]);
		expect(spelled(['The return of internally displaced persons, in safety.'], 'IDPs')).toEqual([
			'internally displaced persons',
		]);
		// A hyphenated word gives one letter per part, or one.
		expect(spelled(['Action against gender-based violence.'], 'GBV')).toEqual(['gender-based violence']);
		expect(spelled(['Action against gender-based violence.'], 'GV')).toEqual([]);
		expect(spelled(['Action against gender-based sexual violence.'], 'GSV')).toEqual(['gender-based sexual violence']);
	});

	it('may be qualified by a compound before it, not by another word of content', () => {
		// A stranger's "community-based early warning systems" and "multi-hazard early warning systems": EWS found nothing.
		expect(spelled(['They welcomed community-based early warning systems.'], 'EWS')).toEqual(['early warning systems']);
		expect(spelled(['Ministers invite development partners to help.'], 'IDP')).toEqual([]);
	});

	it('is never a run that is not a whole name where it stands', () => {
		// Part of a longer run of words, on either side.
		expect(spelled(['to triple renewable energy capacity globally'], 'REC')).toEqual([]);
		expect(spelled(['they uphold international human rights law'], 'IHR')).toEqual([]);
		// Small words do not stand inside, as in a capitalised name: "of" and "and" join anything in running text.
		expect(spelled(['It weighed the impacts of climate change.'], 'ICC')).toEqual([]);
		// A word that gives no letter ("including", "all"), a run not ending on a noun, a run a verb starts.
		expect(spelled(['support, including cash transfers.'], 'ICT')).toEqual([]);
		expect(spelled(['respect for human rights constituted a basis'], 'HRC')).toEqual([]);
		expect(spelled(['They strengthen integrated disease surveillance.'], 'SIDS')).toEqual([]);
		// Two letters spell too many runs; a word typed in lower case is no acronym.
		expect(spelled(['the peace agreement, signed'], 'PA')).toEqual([]);
		expect(spelled(['Measures in relation to unmanned aerial vehicles.'], 'uav')).toEqual([]);
	});
});

describe('an acronym nobody listed, for a name a published document writes in lower case', () => {
	let index: ParagraphIndex;
	let first: (query: string) => string | undefined;
	beforeAll(async () => {
		({ index, first } = await publishedIndex());
	});

	it('finds that name, explained and bolded like a curated acronym', () => {
		// EUCO 12/24 ¶6: "restrictive measures against Iran, notably in relation to unmanned aerial vehicles and
		// missiles". The acronym matched nothing before.
		const outcome = index.search('UAV sanctions iran');
		expect(outcome.match).not.toBe('none');
		expect(first('UAV sanctions iran')).toBe('EUCO 12/24 ¶6');
		expect(outcome.plan.units[0]?.expansions).toContainEqual(['unman', 'aerial', 'vehicl']);
	});

	it('is read typed in lower case too, as chat is, when it is no word of English', () => {
		expect(first('uav sanctions iran')).toBe('EUCO 12/24 ¶6');
		// A word of English typed in lower case is that word ("sea", "aid"), never an acronym.
		expect(index.search('sea').plan.units[0]?.expansions).toEqual([]);
	});

	it('leaves an acronym of a name no document writes unmatched', () => {
		expect(index.search('NATO').match).toBe('none');
	});
});
