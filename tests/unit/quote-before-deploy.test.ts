import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	InteractionResponseType,
	InteractionType,
	type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { quote } from '../../commands/quote.ts';
import { loadBotCore } from '../../src/core/load-bot-core.ts';
import type { OptionValues } from '../../src/core/types.ts';
import { SUPPORTED_LOCALES } from '../../src/i18n/index.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { FIXTURE_DOCUMENTS, contextFor, requester, seedDataCopy, twoDocumentCorpus } from '../helpers/corpus.ts';
import { rawInteraction } from '../helpers/raw-interaction.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

/**
 * A second document was imported and the bot restarted, but the commands were not deployed again: `/quote` as
 * registered has no `document` option. The reply to a bare number must give a form that works without it.
 */
const corpus = twoDocumentCorpus();

function answer(options: OptionValues, locale = 'en-US'): APIInteractionResponseCallbackData {
	const response = firstResponse(quote.execute(options, contextFor(corpus, requester(locale))));
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	expect(validateMessage(response.data)).toEqual([]);
	return response.data;
}

describe('/quote with several documents and no document named', () => {
	it('gives the form that names the document in `paragraph`, and says the commands may need redeploying', () => {
		const content = answer({ paragraph: '3' }).content ?? '';
		expect(content).toContain('`/quote paragraph:SG/2084 ¶3`');
		expect(content).toContain('`npm run deploy`');
		expect(content).toContain('`FIX/0001`');
	});

	it('the form it gives quotes the paragraph asked for', () => {
		const data = answer({ paragraph: 'SG/2084 ¶3' });
		expect(data.embeds?.[0]?.description).toContain(corpus.paragraphById.get('sg2084-3')?.text.slice(0, 40));
	});

	it('quotes nothing for a word before the number that names no document, and glues no form on it', () => {
		// "IORA 3" where IORA is no loaded document: before, ¶3 of a document was quoted as if it were asked for.
		const data = answer({ paragraph: 'IORA 3' });
		expect(data.embeds ?? []).toEqual([]);
		expect(data.content).toMatch(/^“IORA 3” is not a paragraph number\./u);
		expect(data.content).not.toContain('IORA 3`');
	});

	it.each(SUPPORTED_LOCALES)('%s: the same working form and the deploy command', (locale) => {
		const content = answer({ paragraph: '3' }, locale).content ?? '';
		expect(content).toContain('`/quote paragraph:SG/2084 ¶3`');
		expect(content).toContain('`npm run deploy`');
	});
});

describe('/quote with several documents of a folder of ones own, no document named', () => {
	// The stranger's `DATA_DIR=my-data npm start` console said `npm run deploy`, which deploys the bundled data/.
	const dir = seedDataCopy('quote-deploy-');
	for (const name of readdirSync(FIXTURE_DOCUMENTS))
		cpSync(join(FIXTURE_DOCUMENTS, name), join(dir, 'documents', name));
	const core = loadBotCore(commands, dir);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('in the console, gives the deploy that acts on that folder', async () => {
		const response = firstResponse(await core.reply({ name: 'quote', options: { paragraph: '3' } }));
		if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		// Other variables a deploy reads (DISCORD_GUILD_ID…) go with it when the environment sets them.
		expect(response.data.content).toContain(`\`DATA_DIR=${resolve(dir)} `);
		expect(response.data.content).toMatch(/ npm run deploy`/u);
	});

	it('in Discord, names no folder of the machine', async () => {
		const interaction = rawInteraction(InteractionType.ApplicationCommand, {
			id: '4',
			name: 'quote',
			type: 1,
			options: [{ name: 'paragraph', type: 3, value: '3' }],
		});
		const response = await core.handle(interaction);
		if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
		expect(response.data.content).toContain('(`npm run deploy`)');
		expect(response.data.content).not.toContain(dir);
	});
});
