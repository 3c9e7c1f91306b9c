import { describe, expect, it } from 'vitest';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';

/**
 * A press release's dateline paragraph: context where it announces the text under it (SG/2084's "-- Following are the
 * conclusions …:"), the first paragraph where it is news, as meetings coverage opens.
 */
const release = (lead: string) =>
	parseSource(
		[
			'GA/13999',
			'12 March 2045',
			'',
			'General Assembly Launches Talks on Older Persons’ Rights',
			'',
			lead,
			'',
			'By a recorded vote of 141 in favour to 3 against, the Assembly adopted the resolution.',
			'',
			'Introducing the draft, the representative of Argentina said the text was long awaited.',
			'',
			'* *** *',
			'',
		].join('\n'),
		'General Assembly Launches Talks on Older Persons’ Rights',
	);

describe('a dateline paragraph of news', () => {
	it('is ¶1, quoted whole with its dateline, as published', () => {
		const parsed = release(
			'NEW YORK, 12 March (UN Headquarters) — The General Assembly today established a working group to negotiate an instrument on the rights of older persons.',
		);
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.text.split(' ').slice(0, 4).join(' ')])).toEqual([
			['¶1', 'NEW YORK, 12 March'],
			['¶2', 'By a recorded vote'],
			['¶3', 'Introducing the draft, the'],
		]);
		expect(parsed.preamble ?? '').not.toContain('NEW YORK');
	});

	it.each([
		[
			'a colon',
			'NEW YORK, 12 March (UN Headquarters) -- Following are the conclusions of the President, issued today:',
		],
		[
			'a sentence naming what follows',
			'NEW YORK, 12 March (UN Headquarters) -- The meeting concluded this afternoon. The President issued the following summing-up.',
		],
	])('stays context where it announces the text, with %s', (_name, lead) => {
		const parsed = release(lead);
		expect(parsed.paragraphs.map((p) => p.text.split(' ').slice(0, 4).join(' '))).toEqual([
			'By a recorded vote',
			'Introducing the draft, the',
		]);
		expect(parsed.preamble).toContain('NEW YORK, 12 March');
	});
});
