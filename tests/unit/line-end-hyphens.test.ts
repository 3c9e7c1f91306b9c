import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';

/** The second paragraph of a text, its first part wrapped at `first-` and its next line opening with `rest`. */
function joined(first: string, rest: string, elsewhere = ''): string | undefined {
	const text = `The meeting opened.${elsewhere}\n\nThe members spoke of the ${first}-\n${rest} of the plan.`;
	return parseSource(text, 'x')
		.paragraphs.at(-1)
		?.text.replace(/^The members spoke of the | of the plan\.$/gu, '');
}

describe('a hyphen at a line end, the text having neither form elsewhere', () => {
	it.each([
		['involve', 'ment', 'involvement'],
		['through', 'out', 'throughout'],
		['frame', 'work', 'framework'],
		['coun', 'tries', 'countries'],
		['mili', 'tary', 'military'],
	])(
		"is the typesetter's when the joined word is the dictionary's and the hyphenated one is not: %s-/%s",
		(first, rest, want) => {
			expect(joined(first, rest)).toBe(want);
		},
	);

	it.each([
		// The dictionary lists the hyphenated form.
		['long', 'term', 'long-term'],
		['well', 'being', 'well-being'],
		['follow', 'up', 'follow-up'],
		['non', 'proliferation', 'non-proliferation'],
		['self', 'determination', 'self-determination'],
		// Its first part is a word English writes before a hyphen (the dictionary has the closed form only).
		['counter', 'terrorism', 'counter-terrorism'],
		['cross', 'border', 'cross-border'],
		// The dictionary has neither form.
		['peace', 'building', 'peace-building'],
		['decision', 'making', 'decision-making'],
	])("is the word's own otherwise: %s-/%s", (first, rest, want) => {
		expect(joined(first, rest)).toBe(want);
	});

	it.each([
		// The dictionary writes them so inside entries of several words (`socio-economic_class`, `anti-personnel_mine`),
		// though it also lists the closed form: the hyphen English writes stays.
		['socio', 'economic', 'socio-economic'],
		['anti', 'personnel', 'anti-personnel'],
		['co', 'operative', 'co-operative'],
		['re', 'entry', 're-entry'],
	])(
		"is the word's own where the dictionary writes the hyphenated word inside a longer entry: %s-/%s",
		(first, rest, want) => {
			expect(joined(first, rest)).toBe(want);
		},
	);

	it('still goes where the text writes the joined word elsewhere', () => {
		expect(joined('socio', 'economic', ' Socioeconomic data were shared.')).toBe('socioeconomic');
	});
});

describe('a hyphen at a line end, the text writing one form elsewhere', () => {
	it('stays where the text writes the hyphenated word on one line', () => {
		expect(joined('through', 'out', ' It ran through-out the year.')).toBe('through-out');
	});

	it('goes where the text writes the joined word', () => {
		expect(joined('peace', 'building', ' Peacebuilding matters.')).toBe('peacebuilding');
		expect(joined('counter', 'terrorism', ' Counterterrorism matters.')).toBe('counterterrorism');
	});
});

describe('a hyphen at a line end before a capital or a figure', () => {
	it("is the word's own, and no space comes after it", () => {
		const text = '1. The Secretary-\nGeneral met the non-\nState groups in mid-\n2009.\n\n2. They agreed.';
		expect(parseSource(text, 'x').paragraphs[0]?.text).toBe(
			'The Secretary-General met the non-State groups in mid-2009.',
		);
	});
});

describe('a hyphen at the end of a page', () => {
	it('joins the word the page break cuts, over the footer and the next running head', () => {
		const text =
			'1. The members agreed to keep their support through-\n\n09-12345\n\n3\n\n\fA/64/999\n\nout the process.\n\n' +
			'2. They met again.';
		expect(parseSource(text, 'x').paragraphs[0]?.text).toBe(
			'The members agreed to keep their support throughout the process.',
		);
	});
});
