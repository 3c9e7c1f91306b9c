import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { isKindHeading } from '../../src/import/document-kind.ts';

/** A chair's conclusions as a reader writes them out: the meeting, the kind, the place and date, the paragraphs. */
const conclusions = (kind: string) =>
	`Lakeside Regional Forum on Humanitarian Access\n${kind}\nKisumu, 14 March 2025\n\n` +
	'1. The Forum reaffirmed that humanitarian access must be safe, rapid and unimpeded.\n\n' +
	'2. Participants condemned the use of unmanned aerial vehicles against civilian infrastructure.\n';

describe('a line naming only who issued the conclusions', () => {
	it.each(['Conclusions of the Chair', "Chair's Conclusions", 'Summary by the Co-Chairs', 'Presidency Conclusions'])(
		'%j is no title: the meeting above it is taken, said unsure',
		(kind) => {
			// A stranger's document: "Conclusions of the Chair" was its title, and every citation said only that.
			expect(isKindHeading(kind)).toBe(true);
			const guessed = guessMetadata(conclusions(kind));
			expect(guessed.title).toBe('Lakeside Regional Forum on Humanitarian Access');
			expect(guessed.titleDoubt).toMatch(/name of the body/u);
			expect(guessed).toMatchObject({ place: 'Kisumu', releaseDate: '2025-03-14' });
		},
	);

	it('is a title where it names more than the kind', () => {
		for (const title of [
			'Conclusions of the Chair of the Lakeside Forum',
			'Statement by the President of the Security Council',
		])
			expect(isKindHeading(title)).toBe(false);
	});

	it('is the head of the title when the line under it goes on from it', () => {
		const text = (head: string, rest: string) => `${head}\n${rest}\nLisbon, 3 May 2025\n\n1. Ministers met.\n`;
		expect(guessMetadata(text('CHAIR’S CONCLUSIONS', 'OF THE 12TH MINISTERIAL MEETING ON OCEANS')).title).toBe(
			'CHAIR’S CONCLUSIONS OF THE 12TH MINISTERIAL MEETING ON OCEANS',
		);
		// Before, this one's title was its second line alone, said unsure.
		const summary = guessMetadata(text("Chair's Summary", 'of the Ministerial Round Table on Fisheries'));
		expect(summary.title).toBe("Chair's Summary of the Ministerial Round Table on Fisheries");
		expect(summary.titleDoubt).toBeUndefined();
	});
});
