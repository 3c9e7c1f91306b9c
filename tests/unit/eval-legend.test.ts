import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreHeader } from '../relevance/evaluate.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/gu, ' ');

describe('what npm run eval’s scores mean', () => {
	it('the header of every table names the columns, then says what each one measures', () => {
		const header = scoreHeader('dev');
		expect(header).toMatch(/^\ndev table +queries +R@1 +R@3 +MRR\n/u);
		for (const metric of ['R@1:', 'R@3:', 'MRR:']) expect(header).toContain(`\n  ${metric}`);
		// The one that reads like a bug: R@3 below R@1.
		expect(header).toMatch(/R@3: the share of the relevant paragraphs \(at most 3 count\)/u);
		expect(header).toMatch(/can score less on R@3 than on R@1/u);
	});

	it('the README says the same under npm run eval', () => {
		expect(readme).toContain('**R@1** (recall@1): the share of queries whose first match is relevant.');
		expect(readme).toContain(
			'**R@3** (recall@3): the share of the relevant paragraphs (at most 3 count) found among the first 3 matches, averaged over queries.',
		);
		expect(readme).toContain('so a class can show R@3 below R@1');
		expect(readme).toContain('**MRR** (mean reciprocal rank): the mean of 1 / the rank of the first relevant match');
	});
});
