import { describe, expect, it } from 'vitest';
import { capitalizedPairs } from '../../src/search/match-rules.ts';
import { indexOf, seedCorpus } from '../helpers/corpus.ts';
import { planOf, unit } from '../helpers/query-units.ts';

describe('a name of the text typed as its words, each capitalized', () => {
	const security = unit('Security', { answerable: true });
	const council = unit('Council', { answerable: true });
	const reform = unit('reform', {});
	const members = unit('members', { related: [['membership']] });

	it('is one part found toward a partial match, not two', () => {
		expect(capitalizedPairs('Security Council reform', planOf([security, council, reform]))).toBe(1);
		const human = unit('Human', { answerable: true });
		const rights = unit('Rights', { answerable: true });
		expect(capitalizedPairs('Human Rights Council', planOf([human, rights, council]))).toBe(2);
	});

	it('is not words typed apart, in lower case, an acronym, a headline, or a word the text lacks', () => {
		expect(capitalizedPairs('Security and Council', planOf([security, council]))).toBe(0);
		const lower = unit('council', { answerable: true });
		expect(capitalizedPairs('Security council reform', planOf([security, lower, reform]))).toBe(0);
		const un = unit('UN', { answerable: true });
		expect(capitalizedPairs('UN Security reform', planOf([un, security, reform]))).toBe(0);
		expect(capitalizedPairs('Security Council Reform Is On The Table', planOf([security, council, reform]))).toBe(0);
		const Reform = unit('Reform', {});
		expect(capitalizedPairs('Council Reform now', planOf([council, Reform]))).toBe(0);
		expect(capitalizedPairs('Security Council members', planOf([security, council, members]))).toBe(1);
	});

	it('leaves SG/2084 no match for "Security Council reform and new permanent members"', () => {
		const index = indexOf(seedCorpus());
		const outcome = index.search('Security Council reform and new permanent members');
		expect(outcome.match).toBe('none');
		expect(outcome.hits).toEqual([]);
		// The name alone still finds the paragraphs that say it.
		expect(index.search('Security Council').hits.map((hit) => hit.paragraph.number)).toEqual(
			expect.arrayContaining([2, 3]),
		);
	});
});
