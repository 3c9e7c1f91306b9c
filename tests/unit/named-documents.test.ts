import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { indexOf } from '../helpers/corpus.ts';

/** Two bodies' conclusions: the G7's on the economy, the European Council's on the war and on energy. */
const DOCUMENTS = {
	g7summit: {
		title: "G7 Leaders' Statement on the Global Economy",
		paragraphs: [
			'Leaders agreed to support growth in the global economy and to keep markets open.',
			'Leaders welcomed the G7 presidency of Italy and will meet again next year.',
		],
	},
	eucouncil: {
		title: 'Conclusions of the European Council',
		paragraphs: [
			'The European Council condemned the war against Ukraine and reaffirmed its support.',
			'The European Council discussed energy prices and growth in the single market.',
		],
	},
};

const dir = mkdtempSync(join(tmpdir(), 'named-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const [slug, { title, paragraphs }] of Object.entries(DOCUMENTS)) {
	const meta = { symbol: slug.toUpperCase(), title, shortTitle: title, releaseDate: '2024-04-18', place: 'Brussels' };
	writeFileSync(join(dir, `${slug}.json`), JSON.stringify(meta));
	const intro = 'BRUSSELS, 18 April (Test Office) -- Following are the conclusions of the meeting:';
	writeFileSync(join(dir, `${slug}.txt`), `18 April 2024\n\n\n${title}\n\n${intro}\n\n${paragraphs.join('\n\n')}\n`);
}
const index = indexOf(loadCorpus(DEFAULT_DATA_DIR, { only: Object.keys(DOCUMENTS), extraDocumentDirs: [dir] }));
const ids = (hits: readonly { paragraph: { id: string } }[]) => hits.map((h) => h.paragraph.id);

describe('a query that names a body by the name its document goes by', () => {
	it("matches nothing when that body's document says nothing else of the query: another body's words are not its", () => {
		for (const query of ['what did the G7 say about the war in Ukraine?', 'G7 on the war against Ukraine']) {
			const outcome = index.search(query);
			expect([outcome.match, ids(outcome.hits)]).toEqual(['none', []]);
			// The other body's paragraph is still offered, as related and not as a match.
			expect(ids(outcome.related)).toContain('eucouncil-1');
		}
	});

	it('leaves the matches as they are when that document says more of the query: the name may be who acts', () => {
		const outcome = index.search('G7 growth Ukraine');
		expect(outcome.match).toBe('some');
		expect(ids(outcome.hits)).toEqual(expect.arrayContaining(['g7summit-1', 'eucouncil-1']));
	});

	it('finds the named document where its own words are asked for', () => {
		expect(ids(index.search('G7 global economy').hits)[0]).toBe('g7summit-1');
	});
});
