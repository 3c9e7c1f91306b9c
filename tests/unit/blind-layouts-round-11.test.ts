import { describe, expect, it } from 'vitest';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { withoutCatalogueTail } from '../../src/import/decision-title.ts';
import { emlText } from '../../src/import/eml.ts';
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

	it('a forwarded press release saved as .eml that quotes the communiqué: its notes to editors are no paragraphs', async () => {
		// `.eml` was refused; read as text, the press release's `NOTES TO EDITORS` numbered 1–3 after `-ENDS-` broke the
		// numbering and nothing was written.
		const { all, paragraphs, output } = await imported('press-release-forwarded.eml', '--symbol', 'CBDRO/CM/21/COM');
		expect(output).toMatch(/from line \d+ \("-ENDS-"\) on, its trailer was left out/u);
		expect(paragraphs).toHaveLength(13);
		expect(paragraphs[0]?.text).toMatch(/^The Council welcomed the report of/u);
		expect(paragraphs[5]?.text).toMatch(/\(c\) the deployment of satellite communication kits/u);
		expect(paragraphs.at(-1)?.text).toMatch(
			/^The Council accepted with gratitude the offer of the Government of\s+Belize/u,
		);
		expect(all.map((p) => p.text).join('\n')).not.toMatch(/EDITORS|unsubscribe|Jana/iu);
	});

	it('reads a saved e-mail’s first plain-text part, decoded', () => {
		const message = [
			'From: A <a@example.org>',
			'Subject: Fwd: conclusions',
			'MIME-Version: 1.0',
			'Content-Type: multipart/alternative; boundary="b1"',
			'',
			'--b1',
			'Content-Type: text/plain; charset="UTF-8"',
			'Content-Transfer-Encoding: quoted-printable',
			'',
			'1. The Council welcomes the Communiqu=C3=A9 adopted in Bras=C3=ADlia and the =',
			'work done.',
			'--b1',
			'Content-Type: text/html; charset="UTF-8"',
			'',
			'<p>ignored</p>',
			'--b1--',
		].join('\r\n');
		const text = emlText(Buffer.from(message, 'latin1')) ?? '';
		expect(text).toMatch(/^From: A <a@example.org>\nSubject: Fwd: conclusions\n/u);
		expect(text).toContain('1. The Council welcomes the Communiqué adopted in Brasília and the work done.');
		expect(text).not.toContain('ignored');
		expect(emlText(Buffer.from('Content-Type: text/html\n\n<p>only</p>', 'latin1'))).toBeUndefined();
	});

	it('a Google Docs page numbered by its style sheet: a lettered sub-list is its paragraph’s, not a new 1, 2, 3', async () => {
		// The sub-list's items, counted `lower-latin` by the sheet's `counter()`, were read as `1.`–`3.` after ¶5: the
		// numbering went back and nothing was written. The publish banner and the file's name were read as the text.
		const { document, paragraphs } = await imported('chair-summary-google-docs.html', '--symbol', 'NAOEF-4 Summary');
		expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(paragraphs[4]?.text).toMatch(/^Participants identified the following priorities[^]*\nc\. /u);
		expect(paragraphs[6]?.text).toMatch(/^The Chair highlighted the role of/u);
		expect(document).toMatchObject({
			title: 'Fourth Ministerial Meeting of the North Atlantic Ocean Energy Forum',
			releaseDate: '2025-09-19',
			place: 'Tórshavn',
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
