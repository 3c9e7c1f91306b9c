import { describe, expect, it } from 'vitest';
import { isOrganLine } from '../../src/import/front-matter.ts';
import { importsPublished } from '../helpers/published-fixture.ts';

/**
 * Documents as their publishers put them out, written by a helper who saw no code (blind layouts, round 10), each
 * imported as the README says; what a careful reader says of each is what the import must read.
 */
const imported = importsPublished('layouts10-');

describe('documents laid out as they are published (blind layouts, round 10)', () => {
	it("agreed conclusions reissued for technical reasons: the symbol without its footnote's asterisk", async () => {
		const { document, paragraphs } = await imported('agreed-conclusions-reissued-symbol.txt');
		// `E/CN.6/2026/L.3*` stopped the import, which asked for the symbol.
		expect(document).toMatchObject({ symbol: 'E/CN.6/2026/L.3', releaseDate: '2026-03-13' });
		expect(paragraphs).toHaveLength(12);
		expect(paragraphs.every((p) => p.text.startsWith('The Commission'))).toBe(true);
	});

	it("a communiqué forwarded by e-mail under a note that closes with the sender's regards and a rule", async () => {
		// The note's `With best regards,` was read as the end of the document: nothing was left to import.
		const { document, paragraphs, output } = await imported(
			'email-forward-closing-rule.txt',
			'--symbol',
			'DBRFF Communique 2025',
		);
		expect(output).toMatch(/is an e-mail: its headers, covering notes, quote marks and signature were left out/u);
		expect(document).toMatchObject({ releaseDate: '2025-02-05', place: 'Bratislava' });
		expect(paragraphs).toHaveLength(12);
		expect(paragraphs[0]?.text).toMatch(/^We welcome the progress achieved since our 11th meeting/u);
		expect(paragraphs.at(-1)?.text).toMatch(
			/^We thank the Slovak Chairmanship for its excellent organisation of the meeting.*2026\.$/u,
		);
		expect(paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Secretariat\s*$|regards|disclaimer/iu);
	});

	it("names a body joined by an en dash as a body's name, not a title (in capitals too)", () => {
		expect(isOrganLine('Danube–Baltic Rail Freight Forum')).toBe(true);
		expect(isOrganLine('DANUBE–BALTIC RAIL FREIGHT FORUM')).toBe(true);
	});

	it("a text copied without form feeds whose pages end with a footer over 'Page n of N': the footer is left out", async () => {
		// A stranger's two pages: the footer stood inside ¶3 ("on a quarterly Lakeside Regional Forum – … basis"), said
		// nowhere (a footer is known by repeating at the foot of every page, and pages were not told apart).
		const { paragraphs, output } = await imported(
			'conclusions-page-of-footer-no-form-feeds.txt',
			'--symbol',
			'Lakeside Conclusions 2025',
		);
		expect(paragraphs[2]?.text).toBe(
			"The Council calls on member States to exchange hydrological data on a quarterly basis, beginning in the second half of 2025, through the Forum's data platform.",
		);
		expect(paragraphs.map((p) => p.text).join('\n')).not.toMatch(/Cross-Border Water Security|Page \d/u);
		expect(output).toMatch(/left out of the paragraphs as running heads or feet \(2\)/u);
	});

	it('a press release page: the day of the dateline opening its text, not the day the site posted it', async () => {
		// A stranger's page: `Posted on 19 June 2025 by Communications Unit` stood first, and was taken, said unsure.
		const { document, output } = await imported('press-release-posted-on-dateline.html', '--symbol', 'Niamey 2025');
		expect(document?.releaseDate).toBe('2025-06-18');
		expect(output).not.toMatch(/unsure of the date/u);
	});
});
