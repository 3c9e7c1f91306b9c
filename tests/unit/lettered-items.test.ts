import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, seedDataCopy } from '../helpers/corpus.ts';

/**
 * A communiqué saved from a web page whose list is an HTML `<ol type="a">`: the import writes its items as the
 * browser prints them, `a.` and `b.` (composed for this test).
 */
const TEXT = `Joint Communiqué of the Ministerial Meeting

Kuala Lumpur, 25 May 2025

1. The Ministers welcomed the convening of the Summit.

2. The Ministers condemned terrorism in all its forms and agreed to:
a. exchange information on foreign terrorist fighters;
b. counter the financing of terrorism, including through the Financial Action Task Force.

3. The Ministers agreed to hold their next meeting in 2027.
`;

const dir = seedDataCopy('lettered-items-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'documents'), { recursive: true });
rmSync(join(dir, 'documents', 'sg2084.txt'));
rmSync(join(dir, 'documents', 'sg2084.json'));
writeFileSync(join(dir, 'documents', 'communique.txt'), TEXT);
writeFileSync(
	join(dir, 'documents', 'communique.json'),
	JSON.stringify({
		symbol: 'JC/9',
		title: 'Joint Communiqué of the Ministerial Meeting',
		shortTitle: 'Joint Communiqué',
		releaseDate: '2025-05-25',
	}),
);
const corpus = loadCorpus(dir);

describe('an item a document prints as "b."', () => {
	it.each(['2 (b)', '2(b)', '2 (B)'])('%j is ¶2, with item (b) pointed out', (typed) => {
		expect(resolveParagraph(corpus, typed, undefined)).toMatchObject({
			ok: true,
			paragraph: { number: 2 },
			note: { kind: 'item', item: '(b)' },
		});
	});

	it('an item the paragraph does not hold still names nothing', () => {
		expect(resolveParagraph(corpus, '2 (c)', undefined)).toMatchObject({ ok: false });
		expect(resolveParagraph(corpus, '3 (b)', undefined)).toMatchObject({ ok: false });
	});

	it('/quote 2 (b) quotes ¶2 and tells the asker the item is inside it', () => {
		const response = firstResponse(quote.execute({ paragraph: '2 (b)' }, contextFor(corpus)));
		if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(response.data.embeds?.[0]?.description).toContain('counter the financing of terrorism');
		const reply = quote.execute({ paragraph: '2 (b)' }, contextFor(corpus));
		if (reply instanceof Promise) throw new Error('expected an answer at once');
		expect(JSON.stringify(reply.then)).toContain('Item (b) is inside ¶2');
	});
});
