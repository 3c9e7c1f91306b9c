import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	ComponentType,
	InteractionResponseType,
	InteractionType,
	MessageFlags,
	type APIInteraction,
} from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { resultsPage } from '../../src/buttons/message-actions.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { QUERY_MARK } from '../../src/render/search-reply.ts';
import { contextFor, requester, seedCorpus, seedDataCopy } from '../helpers/corpus.ts';

/** The bot restarted on another corpus: one document that never speaks of terrorism. */
const dir = seedDataCopy('stale-pages-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
rmSync(join(dir, 'documents', 'sg2084.txt'));
rmSync(join(dir, 'documents', 'sg2084.json'));
writeFileSync(
	join(dir, 'documents', 'fisheries.txt'),
	'Conclusions on fisheries\n\n1. The Ministers agreed to combat illegal fishing.\n\n2. The Ministers agreed to meet again in 2027.\n',
);
writeFileSync(
	join(dir, 'documents', 'fisheries.json'),
	JSON.stringify({
		symbol: 'FISH/1',
		title: 'Conclusions on fisheries',
		shortTitle: 'Fisheries',
		releaseDate: '2025-05-25',
	}),
);

const user = requester('en-US');
/** ▶ pressed on a private page of results for "terrorism", posted before the corpus changed. */
function pressNext(): APIInteraction {
	return {
		type: InteractionType.MessageComponent,
		data: { component_type: ComponentType.Button, custom_id: 'pg:1::' },
		message: {
			flags: MessageFlags.Ephemeral,
			embeds: [{ author: { name: `${QUERY_MARK}terrorism` }, description: 'Participants recognized that terrorism…' }],
			interaction_metadata: { user: { id: user.userId } },
		},
	} as unknown as APIInteraction;
}

describe('◀ ▶ on an old search', () => {
	it('after the corpus changed so that the query matches nothing, says the button no longer works', async () => {
		const corpus = loadCorpus(dir);
		const reply = await resultsPage.handle('pg:1::', { ...contextFor(corpus, user), interaction: pressNext() });
		const response = firstResponse(reply);
		if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a notice');
		expect(response.data.content).toMatch(/no longer works[\s\S]*text has changed/u);
		expect(response.data.content).not.toMatch(/No paragraph matches/u);
	});

	it('on the same corpus, turns the page', async () => {
		const corpus = seedCorpus();
		const reply = await resultsPage.handle('pg:1::', { ...contextFor(corpus, user), interaction: pressNext() });
		expect(firstResponse(reply).type).toBe(InteractionResponseType.UpdateMessage);
	});
});
