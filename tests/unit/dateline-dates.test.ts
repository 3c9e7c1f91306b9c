import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';

/** A declaration copied from a PDF viewer: title lines, the dateline, then ¶1 naming the summit's days. */
const declaration = (dateline: string) =>
	`XVIII BRICS Summit\nSochi Declaration\n${dateline}\n1. We, the Leaders, met in Sochi from 20 to 22 October 2031 for the XVIII BRICS Summit.\n`;

describe("the date a dateline gives, weighed against the text's other dates", () => {
	it.each([
		['Sochi, Russian Federation, 21 October 2031', '2031-10-21'],
		['Bridgetown, Barbados, 21 October 2031', '2031-10-21'],
		['Paris, le 21 octobre 2031', '2031-10-21'],
		['Washington, D.C., October 21, 2031', '2031-10-21'],
	])('one full day closing the dateline %j is the document’s own: %s, with no doubt', (dateline, date) => {
		const guessed = guessMetadata(declaration(dateline));
		expect(guessed.releaseDate).toBe(date);
		expect(guessed.dateDoubt).toBeUndefined();
	});

	it('a range gives its last day, the day a meeting’s conclusions are adopted, unsure when the text gives others', () => {
		const guessed = guessMetadata(
			'G20 Leaders’ Declaration\n\nRio de Janeiro, Brazil, 18-19 November 2031\n\n1. Our ministers met on 17 November 2031.\n',
		);
		expect(guessed.releaseDate).toBe('2031-11-19');
		expect(guessed.meetingDates).toEqual(['2031-11-18', '2031-11-19']);
		expect(guessed.dateDoubt).toContain('2031-11-17');
	});

	it('a press release’s dateline without its year gives the day it was issued, not the meeting’s last day', () => {
		const text =
			'SG/2999\n\nNEW YORK, 31 July (UN Headquarters) -- Following are the conclusions of the meeting held from 29 to 30 July 2031:\n\n1. Participants met.\n';
		expect(guessMetadata(text).releaseDate).toBe('2031-07-31');
	});

	it('names a dateline with an ʻokina in a language whose months are not read, when no date is read', () => {
		const guessed = guessMetadata('Fakatahaʻanga ʻa e Kau Taki\n\nNukuʻalofa, 30 ʻAokosi 2031\n\n1. Naʻe fakataha.\n');
		expect(guessed.releaseDate).toBeUndefined();
		expect(guessed.datelineLike).toBe('Nukuʻalofa, 30 ʻAokosi 2031');
	});

	it.each([
		[
			'NEW YORK, 19 February (UN Headquarters) -- Following is the summing-up of the Sixth Meeting, held at Headquarters on 18 and 19 February:',
			'20 February 2032',
			['2032-02-18', '2032-02-19'],
		],
		[
			'NEW YORK, 30 July (UN Headquarters) -- Following are the conclusions of the Fifth Meeting, held from 29 to 30 July at Headquarters:',
			'31 July 2032',
			['2032-07-29', '2032-07-30'],
		],
		// Met in December, released in January: the year before the release's.
		[
			'GENEVA, 2 January -- Following are the conclusions of the meeting held from 30 to 31 December:',
			'3 January 2033',
			['2032-12-30', '2032-12-31'],
		],
	])(
		'a press release’s dateline naming its meeting’s days without the year: %j, in the release’s year',
		(dateline, issued, days) => {
			const text = `Press Release\nSG/9999\n${issued}\n\nCONCLUSIONS OF THE MEETING WITH REGIONAL ORGANIZATIONS\n\n${dateline}\n\nThe Meeting focused on new challenges to peace and security.\n`;
			expect(guessMetadata(text).meetingDates).toEqual(days);
		},
	);
});
