import { InteractionResponseType, type APIInteractionResponseCallbackData } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.ts';
import type { OptionValues } from '../../src/core/types.ts';
import { SUPPORTED_LOCALES } from '../../src/i18n/index.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, requester, twoDocumentCorpus } from '../helpers/corpus.ts';
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
