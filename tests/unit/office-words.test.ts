import { describe, expect, it } from 'vitest';
import { withOffices } from '../../src/search/office-words.ts';
import type { QueryUnit } from '../../src/search/query-unit.ts';
import { oneDocumentIndex } from '../helpers/one-document.ts';

const analyzer = { term: (word: string) => word.toLowerCase() };
const unit = (typed: string, term: string) =>
	({ typed, literal: [[term]], related: [], expansions: [], typos: [], completions: [] }) as unknown as QueryUnit;

describe('a word for what someone does, where the text writes the office', () => {
	it("takes the text's words for the office as same-sense words", () => {
		const known = { hasTerm: (term: string) => ['chairmanship', 'leadership', 'chairperson'].includes(term) };
		const chaired = unit('chaired', 'chair');
		withOffices(chaired, analyzer, known);
		expect(chaired.related).toEqual([['chairmanship'], ['chairperson']]);
		const leaders = unit('leader', 'leader');
		withOffices(leaders, analyzer, known);
		expect(leaders.related).toEqual([['leadership']]);
		// No office the text writes: nothing added.
		const host = unit('hosted', 'host');
		withOffices(host, analyzer, known);
		expect(host.related).toEqual([]);
	});

	describe('in a search', () => {
		const index = oneDocumentIndex(
			'wildfire',
			[
				'The Ministerial Meeting on Wildfire Preparedness was held in Tromsø under the chairmanship of the Minister of Climate of Norway.',
				'Ministers agreed to strengthen the wildfire reserve of aircraft.',
			],
			{ symbol: 'WF/3', title: 'Ministerial Meeting on Wildfire Preparedness', releaseDate: '2025-05-15' },
		);

		it('answers "who chaired" with the paragraph that names the chairmanship', () => {
			expect(index().search('who chaired the wildfire meeting?').hits[0]?.paragraph.id).toBe('wildfire-1');
		});
	});
});
