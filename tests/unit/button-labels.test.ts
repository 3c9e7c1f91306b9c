import { ComponentType, InteractionResponseType, type APIButtonComponent } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, seedCorpus, twoDocumentCorpus } from '../helpers/corpus.ts';

/** The labels of every button of `/conclusions query private:true` (Cite, Post, Read full, sources). */
function labels(query: string, corpus = twoDocumentCorpus()) {
	const response = firstResponse(conclusions.execute({ query, private: true }, contextFor(corpus)));
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	const buttons: APIButtonComponent[] = (response.data.components ?? []).flatMap((row) =>
		row.type === ComponentType.ActionRow
			? row.components.filter((c): c is APIButtonComponent => c.type === ComponentType.Button)
			: [],
	);
	return {
		titles: (response.data.embeds ?? []).map((e) => e.title?.split(' · ')[0]),
		labels: buttons.map((b) => ('label' in b ? (b.label ?? '') : '')),
	};
}

describe('buttons name the paragraph so that no two read alike', () => {
	it('two documents’ ¶1 in one answer: each button names its document', () => {
		const { titles, labels: shown } = labels('poverty terrorism');
		expect(titles.filter((t) => t === '¶1').length).toBeGreaterThanOrEqual(2);
		expect(shown).toEqual(expect.arrayContaining(['Cite SG/2084 ¶1', 'Cite FIX/0001 ¶1', 'Post SG/2084 ¶1']));
		expect(new Set(shown).size).toBe(shown.length);
	});

	it('one document: the mark alone, as before', () => {
		const { labels: shown } = labels('terrorism', seedCorpus());
		expect(shown).toContain('Cite ¶3');
		expect(shown.join(' ')).not.toContain('SG/2084 ¶');
	});
});
