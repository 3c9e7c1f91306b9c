import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/corpus/parse-source.ts';

/** A chair's summary under agenda items (`Item 1: Opening of the meeting`), no blank line between the lines. */
const SUMMARY = [
	"Chair's Summary",
	'Third Meeting of the Working Group',
	'Geneva, 4-5 March 2040',
	'',
	'Item 1: Opening of the meeting',
	'1. The meeting was opened by the Chair, who welcomed the participants.',
	'2. The Chair recalled the mandate of the Working Group.',
	'Item 2: Adoption of the agenda',
	'3. The agenda was adopted without amendment.',
	'Item 3: Exchange of views on early warning',
	'4. Participants exchanged views on early warning systems.',
	'',
].join('\n');

describe('agenda items as headings', () => {
	it('head their paragraphs, the first item too', () => {
		const parsed = parseSource(SUMMARY, "Chair's Summary");
		expect(parsed.paragraphs.map((p) => [p.number, p.section])).toEqual([
			[1, 'Item 1: Opening of the meeting'],
			[2, 'Item 1: Opening of the meeting'],
			[3, 'Item 2: Adoption of the agenda'],
			[4, 'Item 3: Exchange of views on early warning'],
		]);
		expect(parsed.problems).toEqual([]);
	});

	it('may be written "Agenda item N."', () => {
		const text = SUMMARY.replace(/^Item (\d):/gmu, 'Agenda item $1.');
		const parsed = parseSource(text, "Chair's Summary");
		expect(parsed.paragraphs.map((p) => p.section)).toEqual([
			'Agenda item 1. Opening of the meeting',
			'Agenda item 1. Opening of the meeting',
			'Agenda item 2. Adoption of the agenda',
			'Agenda item 3. Exchange of views on early warning',
		]);
	});
});
