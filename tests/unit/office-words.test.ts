import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { withOffices } from '../../src/search/office-words.ts';
import type { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import type { QueryUnit } from '../../src/search/query-unit.ts';
import { indexOf, seedDataCopy } from '../helpers/corpus.ts';

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
		let dir: string;
		let index: ParagraphIndex;
		beforeAll(() => {
			dir = seedDataCopy('offices-');
			const text = [
				'1. The Ministerial Meeting on Wildfire Preparedness was held in Tromsø under the chairmanship of the Minister of Climate of Norway.',
				'2. Ministers agreed to strengthen the wildfire reserve of aircraft.',
			].join('\n\n');
			writeFileSync(join(dir, 'documents', 'wildfire.txt'), `${text}\n`);
			const meta = { symbol: 'WF/3', title: 'Ministerial Meeting on Wildfire Preparedness', releaseDate: '2025-05-15' };
			writeFileSync(join(dir, 'documents', 'wildfire.json'), JSON.stringify(meta));
			index = indexOf(loadCorpus(dir, { only: ['wildfire'] }));
		});
		afterAll(() => rmSync(dir, { recursive: true, force: true }));

		it('answers "who chaired" with the paragraph that names the chairmanship', () => {
			expect(index.search('who chaired the wildfire meeting?').hits[0]?.paragraph.id).toBe('wildfire-1');
		});
	});
});
