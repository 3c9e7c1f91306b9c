import { describe, expect, it } from 'vitest';
import { documentChoices } from '../../src/render/choices.ts';
import { seedCorpus } from '../helpers/corpus.ts';

// SG/2084's short title: "Conclusions of the Fifth UN–Regional Organizations High-Level Meeting".
const corpus = seedCorpus();
const offered = (typed: string) => documentChoices(corpus, typed).map((c) => c.value);

describe('document autocomplete', () => {
	it.each(['', 'sg', 'SG/2084', '2084', 'sg 2084', 'conc', 'fifth un', 'regional org', 'high-level', '/20'])(
		'offers SG/2084 for %j (typed from the start of a word of its symbol, slug or short title)',
		(typed) => {
			expect(offered(typed)).toEqual(['sg2084']);
		},
	);

	it.each(['io', 'ions', 'ganizations', '084', 'nclus'])(
		'does not offer it for %j, found only inside a word',
		(typed) => {
			expect(offered(typed)).toEqual([]);
		},
	);
});
