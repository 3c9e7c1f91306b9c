import { describe, expect, it } from 'vitest';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { parseSource } from '../../src/corpus/parse-source.ts';

/** A General Assembly resolution adopting a declaration in its annex, which opens with a sentence, then `1.`. */
const RESOLUTION = [
	'Resolution adopted by the General Assembly on 1 December 2040',
	'',
	'95/123. Declaration on regional cooperation',
	'',
	'The General Assembly,',
	'',
	'Recalling its resolution 94/10 of 5 November 2039,',
	'',
	'1. Adopts the Declaration on Regional Cooperation, annexed to the present resolution;',
	'',
	'2. Requests the Secretary-General to disseminate the Declaration widely.',
	'',
	'Annex',
	'',
	'Declaration on Regional Cooperation',
	'',
	'We, the Member States of the United Nations, meeting at the ninety-fifth session of the General Assembly, declare the following:',
	'',
	'1. Regional organizations contribute to international peace and security.',
	'',
	'2. Cooperation between the United Nations and regional organizations should be strengthened.',
	'',
].join('\n');

describe('an annex whose opening sentence leads into its numbered paragraphs', () => {
	it('numbers the annex as printed, the sentence its chapeau (not annex ¶1, nor lost)', () => {
		const parsed = parseSource(RESOLUTION, 'Declaration on regional cooperation');
		expect(parsed.paragraphs.map((p) => [paragraphMark(p), p.text.slice(0, 30)])).toEqual([
			['preamble ¶1', 'Recalling its resolution 94/10'],
			['¶1', 'Adopts the Declaration on Regi'],
			['¶2', 'Requests the Secretary-General'],
			['annex ¶1', 'Regional organizations contrib'],
			['annex ¶2', 'Cooperation between the United'],
		]);
		expect(parsed.problems).toEqual([]);
	});
});
