import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { indexOf, seedDataCopy } from '../helpers/corpus.ts';
import { importCli } from '../helpers/import-cli.ts';
import { oneDocumentIndex } from '../helpers/one-document.ts';
import { publishedFixture } from '../helpers/published-fixture.ts';

describe('a question for where or when a meeting named by its number is', () => {
	let dir: string;
	let index: ParagraphIndex;
	beforeAll(async () => {
		dir = seedDataCopy('nearby-');
		// A press release of a fisheries council: ¶6 asks for an assessment "by the thirteenth session of the Council",
		// ¶8 "Agrees to hold its thirteenth session in Mahé, Seychelles, in February 2026".
		const { code, all } = await importCli([publishedFixture('press-release-layout-with-sidebar.html')], dir);
		expect(code, all).toBe(0);
		index = indexOf(loadCorpus(dir));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const found = (query: string) => index.search(query).hits.map((h) => h.paragraph.id);

	it('is answered by the paragraph of the same document that says where and when, without every word', () => {
		// ¶6 has every word and says neither; ¶8 keeps "thirteenth session" and says both.
		expect(found('Where and when is the thirteenth session of the fisheries council?')[0]).toBe('pr2025014-8');
		expect(found('when is the thirteenth session of the fisheries council?')[0]).toBe('pr2025014-8');
	});

	it('is not answered where no paragraph names that meeting', () => {
		expect(index.search('Where is the fifteenth session of the fisheries council?').hits).toEqual([]);
	});
});

describe('a question for where the next meeting is', () => {
	// ¶1 has "next" and "meeting" and says no place; ¶2 says where the next one will be, without "next".
	const index = oneDocumentIndex(
		'wildfire',
		[
			'Ministers asked for a regional assessment of wildfire risk for consideration at the next ministerial meeting.',
			'Ministers accepted with appreciation the offer of Sweden to host the fourth Ministerial Meeting in Umeå in 2027.',
		],
		{ symbol: 'WF/3', title: 'Third Ministerial Meeting on Wildfire Preparedness', releaseDate: '2025-05-15' },
	);

	it('is answered by the paragraph of the same document that says where it will be', () => {
		expect(
			index()
				.search('where is the next meeting')
				.hits.map((h) => h.paragraph.id),
		).toEqual(['wildfire-2']);
		expect(
			index()
				.search('where will they meet next?')
				.hits.map((h) => h.paragraph.id),
		).toEqual(['wildfire-2']);
	});
});

describe('a question naming the meeting by the number its title gives', () => {
	const index = oneDocumentIndex(
		'asean',
		[
			'We, the Heads of State/Government of the Member States of ASEAN, met in Kuala Lumpur on 26 October 2027.',
			'We held a retreat on the future of the ASEAN Community Vision, as every summit does.',
		],
		{ symbol: 'ASEAN 50', title: 'CHAIRMAN’S STATEMENT OF THE 50TH ASEAN SUMMIT', releaseDate: '2027-10-26' },
	);

	it('asks about that meeting, not another the text lacks', () => {
		expect(index().search('where was the 50th ASEAN summit held?').hits[0]?.paragraph.id).toBe('asean-1');
		// Another number is another summit.
		expect(index().search('where was the 51st ASEAN summit held?').hits).toEqual([]);
	});
});
