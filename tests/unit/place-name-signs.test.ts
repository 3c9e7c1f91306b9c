import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/front-matter/${name}`, import.meta.url), 'utf8');

/** A summit's cover as copied from its page: the meeting, the kind, the place over the meeting's days. */
const cover = (place: string) =>
	`FIFTY-FIFTH PACIFIC ISLANDS FORUM LEADERS MEETING\nFORUM COMMUNIQUÉ\n${place}\n8 – 12 September 2031\n\n1. Leaders met.\n`;

describe('a place written with an ʻokina, combining accents or an apostrophe', () => {
	it('reads the place over its dates and keeps it out of the title (a Forum communiqué copied from its page)', () => {
		const guessed = guessMetadata(fixture('forum-communique-copied.txt'));
		expect(guessed).toMatchObject({
			title: 'FIFTY-FIFTH PACIFIC ISLANDS FORUM LEADERS MEETING FORUM COMMUNIQUÉ',
			place: 'Nuku‘alofa',
			releaseDate: '2031-09-12',
		});
	});

	it.each([
		['Nuku‘alofa, Kingdom of Tonga', 'Nuku‘alofa'],
		['Nukuʻalofa, Kingdom of Tonga', 'Nukuʻalofa'],
		['Nuku`alofa, Tonga', 'Nuku`alofa'],
		['NUKU‘ALOFA, KINGDOM OF TONGA', 'Nuku‘alofa'],
		['Hagåtña, Guam', 'Hagåtña'],
		// The same typed with combining marks (a + ring, n + tilde): read, and stored composed.
		['Haga\u030atn\u0303a, Guam', 'Hagåtña'],
		['Apia, Samoa', 'Apia'],
	])('%j over its dates gives %j, not a title line', (line, place) => {
		const guessed = guessMetadata(cover(line));
		expect(guessed.place).toBe(place);
		expect(guessed.title).toBe('FIFTY-FIFTH PACIFIC ISLANDS FORUM LEADERS MEETING FORUM COMMUNIQUÉ');
	});

	it.each([
		['Nuku‘alofa, 12 September 2031', 'Nuku‘alofa'],
		['Hagåtña, Guam, 3 March 2031', 'Hagåtña'],
		['NUKUʻALOFA, 12 September (PIF Secretariat) --', 'Nukuʻalofa'],
	])('reads the dateline %j', (line, place) => {
		expect(guessMetadata(`Forum Communiqué of the Pacific Leaders\n\n${line}\n\n1. Leaders met.\n`).place).toBe(place);
	});

	it('reads such a place in the front matter’s phrasing', () => {
		const text =
			'Statement of the Forum Economic Ministers meeting in Nuku‘alofa on 3 March 2031\n\n1. Ministers met.\n';
		expect(guessMetadata(text).place).toBe('Nuku‘alofa');
	});
});
