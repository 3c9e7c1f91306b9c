import { describe, expect, it } from 'vitest';
import { importsPublished } from '../helpers/published-fixture.ts';

/**
 * Documents as their publishers put them out, written by a helper who saw no code (blind layouts, round 8), each
 * imported as the README says; what a careful reader says of each (its symbol, title, date, paragraphs) is what the
 * import must read.
 */
const imported = importsPublished('layouts8-');
/** A paragraph's first word, which says what the body does in it (`Recognises`, `Welcomes`). */
const firstWords = (paragraphs: readonly { text: string }[]) => paragraphs.map((p) => p.text.split(/\s/u)[0]);

describe('documents laid out as they are published (blind layouts, round 8)', () => {
	it("a press-release page whose article sits in a 'layout-with-sidebar' wrapper: its text, symbol and date", async () => {
		// The wrapper's class named what it lays out beside the article: read as a sidebar, the whole page was dropped.
		const { document, paragraphs } = await imported('press-release-layout-with-sidebar.html');
		expect(document).toMatchObject({
			// `No. PR/2025/014` and its date run together on one line: the label is no part of the symbol.
			symbol: 'PR/2025/014',
			title: 'Ministers adopt Port Louis Conclusions on small-scale fisheries and climate resilience',
			releaseDate: '2025-02-07',
			place: 'Port Louis',
		});
		expect(firstWords(paragraphs)).toEqual(
			'Recognises Expresses Reaffirms Calls Welcomes Requests Decides Agrees'.split(' '),
		);
	});

	it("a governing body's resolution saved from Word: its symbol with the session, its own title, not the file's", async () => {
		const { document, paragraphs } = await imported('governing-body-resolution-word-1252.htm');
		expect(document).toMatchObject({
			symbol: 'IODA/GC/RES/3(XIV)',
			// Not the `<title>` Word kept from a draft ("GC14 L.6 Rev.1 - seed security - clean (final)"), nor the
			// agenda item's title a blank line under its number: the resolution's, under its number `3 (XIV).`.
			title: 'Strengthening the Regional Seed Security Mechanism',
			releaseDate: '2024-11-27',
			place: 'Windhoek',
		});
		expect(firstWords(paragraphs)).toEqual(
			'Welcomes Endorses Urges Decides Requests Invites Decides Requests'.split(' '),
		);
	});

	it("a site's Markdown communiqué: the symbol its front matter gives, which its text does not print", async () => {
		const { document, paragraphs } = await imported('communique-front-matter-symbol.md');
		expect(document?.symbol).toBe('PODA/CM5/2025/Comm.1');
		// The front matter dates the page a day after the meeting's last day, which the text gives.
		expect(document?.releaseDate).toBe('2025-08-28');
		expect(paragraphs).toHaveLength(10);
	});

	it('a joint communiqué copied from a page: who observed and where it was done are context, not paragraphs', async () => {
		const { paragraphs } = await imported('joint-communique-observers-done-at.txt', '--symbol', 'Water Dialogue 2026');
		const texts = paragraphs.map((p) => p.text);
		expect(texts.some((t) => t.startsWith('Observers:'))).toBe(false);
		// The closing formula goes on with the languages it was done in: still where and when, not a paragraph.
		expect(texts.some((t) => t.startsWith('Done at'))).toBe(false);
		expect(texts.at(-1)).toMatch(/^We express our gratitude to the Government and people of Colombia/u);
		expect(paragraphs).toHaveLength(11);
	});
});
