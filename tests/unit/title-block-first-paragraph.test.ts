import { describe, expect, it } from 'vitest';
import { guessMetadata } from '../../src/import/guess-metadata.ts';
import { frontMatterNotes } from '../../src/import/front-matter-notes.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';
import { expectAsExpected, expectedOf, parsedFixture, textOf } from '../helpers/parsing-fixture.ts';

describe('a UN draft copied from a PDF viewer: "1." right under the wrapped title, no blank line anywhere', () => {
	it('¶1 is the first paragraph, whatever the title’s last line ends with', () => {
		const { want, parsed } = parsedFixture('csw-projet-fr-copied');
		expectAsExpected(parsed, want);
		expect(parsed.unquoted).toBeUndefined();
	});

	it('the kind line wrapped over two lines is the kind line, and the title is the one under it', () => {
		const want = expectedOf('csw-projet-fr-copied');
		const guessed = guessMetadata(textOf('csw-projet-fr-copied'));
		expect(guessed).toMatchObject({ symbol: want.symbol, title: want.title, releaseDate: want.date });
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it('an English draft the same way: the title’s last line ends in a word, "1." under it', () => {
		const text = [
			'United Nations',
			'E/CN.6/2024/L.3',
			'Economic and Social Council',
			'Distr.: Limited',
			'15 March 2024',
			'Commission on the Status of Women',
			'Sixty-eighth session',
			'Draft agreed conclusions submitted by the Chair',
			'of the Commission',
			'Accelerating the achievement of gender equality and the empowerment of all women',
			'and girls by addressing poverty and strengthening institutions and financing with a',
			'gender perspective',
			'1. The Commission on the Status of Women reaffirms the Beijing Declaration and',
			'Platform for Action.',
			'2. The Commission reaffirms the Convention on the Elimination of All Forms of',
			'Discrimination against Women.',
		].join('\n');
		const parsed = parseSource(text, 'T');
		expect(parsed.paragraphs.map((p) => [p.number, p.text])).toEqual([
			[1, 'The Commission on the Status of Women reaffirms the Beijing Declaration and Platform for Action.'],
			[2, 'The Commission reaffirms the Convention on the Elimination of All Forms of Discrimination against Women.'],
		]);
		expect(guessMetadata(text).title).toBe(
			'Accelerating the achievement of gender equality and the empowerment of all women and girls by addressing poverty and strengthening institutions and financing with a gender perspective',
		);
	});

	it('a "1." that wrapping put at a line start after a numbered paragraph opens nothing', () => {
		const text = [
			'Conclusions of the Regional Meeting on Water',
			'',
			'1. The participants recalled their decisions of 2023.',
			'',
			'2. They welcomed the progress made under annex',
			'1. Regional plans were adopted in most States.',
			'',
			'3. They agreed to meet again.',
		].join('\n');
		expect(parseSource(text, 'T').paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
	});
});

describe('a title that begins in lower case', () => {
	it('is said to be unsure: it reads like the second line of something above it', () => {
		const text =
			'Nations Unies      E/CN.6/2031/L.3\nConseil économique et social      Distr. limitée\n      14 mars 2031\n\nRapport du Secrétaire général\nsur la suite donnée à la Conférence\n\n1. La Commission réaffirme la Déclaration.\n\n2. La Commission note les progrès.\n';
		const guessed = guessMetadata(text);
		expect(guessed.title).toMatch(/^sur la suite/u);
		expect(guessed.titleDoubt).toMatch(/begins in lower case/u);
	});
});

describe("the import's note on text before the first numbered paragraph", () => {
	it('quotes the last words of a block longer than the note quotes, where its text ends', () => {
		const parsed = parseSource(textOf('letter-annex-layout'), 'T');
		const [note] = frontMatterNotes(parsed);
		expect(note).toMatch(/ending "…[^"]*\(see annex\)\."/u);
		expect(note).toMatch(/ending "…[^"]*members of the Security Council\."/u);
	});
});

describe("a decision's title: its kind and number in display type, and the subject under it", () => {
	/** An OSCE decision as pdftotext gives its first page, without blank lines between the masthead's lines. */
	const DECISION = [
		'Organization for Security and Co-operation in Europe',
		'Ministerial Council',
		'Valletta 2024',
		'MC.DEC/3/24',
		'6 December 2024',
		'Original: ENGLISH',
		'2nd day of the Thirty-First Meeting',
		'MC(31) Journal No. 2, Agenda item 7',
		'',
		'DECISION No. 3/24',
		'STRENGTHENING CO-OPERATION IN COUNTERING THE ILLICIT TRAFFICKING',
		'IN CULTURAL PROPERTY',
		'',
		'The Ministerial Council,',
		'Recalling the relevant OSCE commitments,',
		'1. Calls on the participating States to strengthen co-operation;',
		'2. Tasks the Secretariat to support them.',
	].join('\n');
	const WHOLE =
		'DECISION No. 3/24 STRENGTHENING CO-OPERATION IN COUNTERING THE ILLICIT TRAFFICKING IN CULTURAL PROPERTY';

	it.each([
		['the kind and number alone in display type', ['DECISION No. 3/24']],
		[
			'the kind and number and the subject as two display lines of one type',
			['DECISION No. 3/24', 'STRENGTHENING CO-OPERATION IN COUNTERING THE ILLICIT TRAFFICKING IN CULTURAL PROPERTY'],
		],
		['no display type (the text alone)', []],
	])('%s: the whole title, sure', (_name, display) => {
		const guessed = guessMetadata(DECISION, undefined, display);
		expect(guessed.title).toBe(WHOLE);
		expect(guessed.titleDoubt).toBeUndefined();
	});

	it('a kind and number with no subject under it is said to be unsure', () => {
		const text = DECISION.replace(
			'STRENGTHENING CO-OPERATION IN COUNTERING THE ILLICIT TRAFFICKING\nIN CULTURAL PROPERTY\n',
			'',
		);
		const guessed = guessMetadata(text, undefined, ['DECISION No. 3/24']);
		expect(guessed.title).toBe('DECISION No. 3/24');
		expect(guessed.titleDoubt).toMatch(/only the document's kind and number/u);
	});
});
