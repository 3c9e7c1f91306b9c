import { ComponentType, InteractionResponseType, type APIButtonComponent } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, seedCorpus, twoDocumentCorpus } from '../helpers/corpus.ts';

/** The labels of every button of `/conclusions query private:true` (Cite, Post, Read full, sources). */
async function labels(query: string, corpus = twoDocumentCorpus()) {
	const response = firstResponse(await conclusions.execute({ query, private: true }, contextFor(corpus)));
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	const buttons = (response.data.components ?? []).flatMap((row) =>
		'components' in row ? (row.components as APIButtonComponent[]) : [],
	);
	return {
		titles: (response.data.embeds ?? []).map((e) => e.title?.split(' · ')[0]),
		labels: buttons.filter((b) => b.type === ComponentType.Button).map((b) => b.label ?? ''),
	};
}

describe('buttons name the paragraph so that no two read alike', () => {
	it('two documents’ ¶1 in one answer: each button names its document', async () => {
		const { titles, labels: shown } = await labels('poverty terrorism');
		expect(titles.filter((t) => t === '¶1').length).toBeGreaterThanOrEqual(2);
		expect(shown).toEqual(expect.arrayContaining(['Cite SG/2084 ¶1', 'Cite FIX/0001 ¶1', 'Post SG/2084 ¶1']));
		expect(new Set(shown).size).toBe(shown.length);
	});

	it('one document: the mark alone, as before', async () => {
		const { labels: shown } = await labels('terrorism', seedCorpus());
		expect(shown).toContain('Cite ¶3');
		expect(shown.join(' ')).not.toContain('SG/2084 ¶');
	});
});
