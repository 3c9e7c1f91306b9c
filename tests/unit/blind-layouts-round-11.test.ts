import { describe, expect, it } from 'vitest';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { withoutCatalogueTail } from '../../src/import/decision-title.ts';
import { importsPublished } from '../helpers/published-fixture.ts';

/**
 * Documents as their publishers put them out, written by a helper who saw no code (blind layouts, round 11), each
 * imported as the README says; what a careful reader says of each is what the import must read.
 */
const imported = importsPublished('layouts11-');

describe('documents laid out as they are published (blind layouts, round 11)', () => {
	it('a digital library record page: paragraphs that cite a footnote stay, the catalogue’s title is cut', async () => {
		const { document, all, paragraphs } = await imported('library-record-page-footnotes.html');
		// The notes' back-links (`<p id="fn1"><sup><a href="#fnref1">`) led to the paragraphs citing them, which were
		// taken for notes and left out: two preamble paragraphs and ¶1.
		expect(
			all.filter((p) => paragraphMark(p).startsWith('preamble')).map((p) => p.text.split(' ').slice(0, 2).join(' ')),
		).toEqual(['Recalling its', 'Recalling also', 'Noting with', 'Acknowledging the', 'Taking note']);
		expect(paragraphs).toHaveLength(9);
		expect(paragraphs[0]?.text).toMatch(/^Welcomes the report of the Executive Secretary .*2021–2030;$/u);
		expect(all.map((p) => p.text).join('\n')).not.toMatch(/ICALR\/RES\/11\/1, annex|2030,1|people,2/u);
		expect(document).toMatchObject({
			symbol: 'ICALR/RES/14/3',
			title: 'Restoration of degraded drylands and sustainable land management',
			releaseDate: '2025-03-27',
		});
	});

	it('cuts a catalogue’s statement of responsibility from a title, and only that', () => {
		expect(
			withoutCatalogueTail(
				'Transforming our world : the 2030 Agenda for Sustainable Development : resolution / adopted by the General Assembly',
			),
		).toBe('Transforming our world : the 2030 Agenda for Sustainable Development');
		expect(withoutCatalogueTail('Women, peace and security / submitted by the Chair')).toBe(
			'Women, peace and security',
		);
		expect(withoutCatalogueTail('Peace and security in Africa: the way forward')).toBe(
			'Peace and security in Africa: the way forward',
		);
	});
});
