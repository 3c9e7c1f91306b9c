import { describe, expect, it } from 'vitest';
import { citations } from '../../src/render/citation.ts';
import { seedCorpus } from '../helpers/corpus.ts';

/** SG/2084's ¶3 as if another document held it: the symbol given, no publisher (an import with no options). */
function apaOf(symbol: string, publisher?: string): string {
	const corpus = seedCorpus();
	const document = { ...corpus.documents[0]!, symbol, publisher, title: 'A statement' };
	return citations(document, corpus.paragraphById.get('sg2084-3')!, 'v1').apa;
}

describe('APA: the author of a document imported without a publisher', () => {
	it.each([
		['S/PRST/2025/7', 'United Nations Security Council'],
		['A/RES/78/1', 'United Nations General Assembly'],
		['E/CN.6/2024/L.3', 'United Nations Economic and Social Council'],
		['SC/15000', 'United Nations'],
	])('%s: the United Nations organ its symbol names, never the symbol', (symbol, author) => {
		expect(apaOf(symbol)).toMatch(
			new RegExp(
				`^${author}\\. \\(2003, July 31\\)\\. A statement \\(.*${symbol.replaceAll('.', '\\.')}, para\\. 3\\)\\.`,
				'u',
			),
		);
	});

	it('another body’s symbol: the title stands first, as APA cites a work without an author', () => {
		expect(apaOf('EUCO 12/24')).toMatch(/^A statement\. \(2003, July 31\)\. \(.* EUCO 12\/24, para\. 3\)\./u);
	});

	it('a publisher given is the author', () => {
		expect(apaOf('EUCO 12/24', 'European Council')).toMatch(/^European Council\. \(2003, July 31\)\. A statement /u);
	});
});
