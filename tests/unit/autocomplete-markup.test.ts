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

describe('autocomplete for words no paragraph has: no previews that would read as matches', () => {
	const choices = (query: string) => {
		indexOf(seedCorpus()).warmNow();
		return conclusions.autocomplete({ query }, 'query', context());
	};
	const previews = (query: string) => ids(choices(query)).filter((v) => String(v).startsWith('sg2084-'));

	it.each(['piracy', 'x'.repeat(100), 'qqqzzx blorf'])(
		'%j: one choice saying so, which runs the search (its reply explains), and no paragraph',
		(query) => {
			const offered = choices(query);
			const outcome = indexOf(seedCorpus()).search(query, {});
			expect(outcome.hits.length + outcome.related.length).toBe(0);
			expect(previews(query)).toEqual([]);
			expect(offered[0]?.value).toBe(query);
			expect(offered[0]?.name).toMatch(/^No paragraph matches “.+”\.$/u);
			// The search's "Did you mean" words follow, each searching for itself.
			expect(offered.slice(1)).toEqual(
				outcome.suggestions.map((word) => ({ name: `Did you mean “${word}”?`, value: word })),
			);
			for (const choice of offered) {
				expect(choice.name.length).toBeGreaterThan(0);
				expect(choice.name.length).toBeLessThanOrEqual(100);
				expect(String(choice.value).length).toBeLessThanOrEqual(100);
			}
		},
	);

	it.each(['teror', 'piracy', 'terorism', 'human rights'])(
		'%j previews exactly what the search finds for it, or says it finds nothing',
		(query) => {
			const outcome = indexOf(seedCorpus()).search(query, {});
			const found = (outcome.hits.length > 0 ? outcome.hits : outcome.related).map((hit) => hit.paragraph.id);
			const shown = previews(query);
			if (found.length === 0) expect(choices(query)[0]?.name).toMatch(/^No paragraph matches/u);
			for (const id of shown) expect(found).toContain(String(id));
			expect(shown).not.toEqual(previews(''));
		},
	);
});
