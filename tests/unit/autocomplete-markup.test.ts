import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import { quote } from '../../commands/quote.ts';
import { contextFor, indexOf, seedCorpus } from '../helpers/corpus.ts';

const context = () => contextFor(seedCorpus());
const ids = (choices: { value: string | number }[]) => choices.map((c) => c.value);

describe('autocomplete reads what is typed as the search reads it (mentions are no words of it)', () => {
	it.each([
		['@everyone hum', 'hum'],
		['<@222222222222222222> human', 'human'],
		['<@&333333333333333333> terror @here', 'terror'],
	])('/conclusions %j is offered what %j is', (typed, words) => {
		const offered = conclusions.autocomplete({ query: typed }, 'query', context());
		const plain = conclusions.autocomplete({ query: words }, 'query', context());
		const nothing = conclusions.autocomplete({ query: '' }, 'query', context());
		expect(ids(offered)).toEqual(ids(plain));
		expect(ids(offered)).not.toEqual(ids(nothing));
	});

	it('a mention alone is nothing typed yet', () => {
		const offered = conclusions.autocomplete({ query: '@everyone' }, 'query', context());
		expect(offered).toEqual(conclusions.autocomplete({ query: '' }, 'query', context()));
	});

	it('/quote by words, and the index itself, read it the same way', () => {
		const offered = quote.autocomplete({ paragraph: '<@222222222222222222> human' }, 'paragraph', context());
		expect(ids(offered)).toEqual(ids(quote.autocomplete({ paragraph: 'human' }, 'paragraph', context())));
		const index = indexOf(seedCorpus());
		expect(index.suggestParagraphs('@everyone hum', {}, 5)).toEqual(index.suggestParagraphs('hum', {}, 5));
		expect(index.suggestParagraphs('@everyone hum', {}, 5).length).toBeGreaterThan(0);
	});
});

describe('autocomplete for words the keystroke path does not find: what the search finds', () => {
	const offered = (query: string) =>
		ids(conclusions.autocomplete({ query }, 'query', context())).filter((v) => String(v).startsWith('sg2084-'));
	const nothingTyped = () => offered('');

	it.each([
		['terorism', 'sg2084-3'],
		['terrrorism', 'sg2084-3'],
		['kids in war', 'sg2084-6'],
		['what did they say about kids in war', 'sg2084-6'],
	])('%j offers %s first, as /conclusions answers it, not the list for an empty box', (query, first) => {
		indexOf(seedCorpus()).warmNow();
		expect(offered(query)[0]).toBe(first);
		expect(offered(query)).not.toEqual(nothingTyped());
	});
});
