import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import { quote } from '../../commands/quote.ts';
import type { OptionValues } from '../../src/core/types.ts';
import { SUPPORTED_LOCALES } from '../../src/i18n/index.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { contextFor, requester, seedCorpus } from '../helpers/corpus.ts';

/** The content of a reply, in a user's locale (private) and a server's (public: the same here). */
function content(command: typeof conclusions | typeof quote, options: OptionValues, locale: string): string {
	const response = firstResponse(command.execute(options, contextFor(seedCorpus(), requester(locale))));
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
	return response.data.content ?? '';
}
const search = (query: string, locale = 'en-US') => content(conclusions, { query }, locale);

/** What each language says of a query of several words, which a query of one word has no use for. */
const SEVERAL_WORDS: Record<string, RegExp> = {
	'en-US': /all of|some of it/u,
	fr: /tous les mots|une partie/u,
	'es-ES': /todas las palabras|una parte/u,
	'es-419': /todas las palabras|una parte/u,
	ru: /Все слова|часть/u,
	'zh-CN': /全部词语|部分词语/u,
	'zh-TW': /全部詞語|部分詞語/u,
};

/** The quotation marks each language writes around what someone typed. */
const QUOTED: Record<string, string> = {
	'en-US': '“terrorism”',
	fr: '«\u00a0terrorism\u00a0»',
	'es-ES': '«terrorism»',
	'es-419': '«terrorism»',
	ru: '«terrorism»',
	'zh-CN': '“terrorism”',
	'zh-TW': '「terrorism」',
};

describe('how each language words a search’s summary', () => {
	it('English: one word is had or not, several words all or some', () => {
		expect(search('terrorism')).toBe(
			'**4** paragraphs have “terrorism”, and **1** more has only its theme — page 1 of 2:',
		);
		expect(search('human rights terrorism')).toMatch(/^\*\*\d+\*\* paragraphs? (?:match|ha(?:ve|s) all of)/u);
	});

	it.each(['en-US', ...SUPPORTED_LOCALES])(
		'%s: a one-word query in its own quotation marks, without “all of it”',
		(locale) => {
			const said = search('terrorism', locale);
			expect(said).toContain(QUOTED[locale]);
			expect(said).not.toMatch(SEVERAL_WORDS[locale] ?? /$^/u);
		},
	);

	it('French quotes with guillemets and says « contiennent », not « contiennent tout »', () => {
		const said = search('terrorism', 'fr');
		expect(said).toMatch(
			/^\*\*4\*\* paragraphes contiennent «\u00a0terrorism\u00a0», et \*\*1\*\* autre seulement son thème/u,
		);
		expect(said).not.toContain('“');
		expect(search('xyzzy', 'fr')).toContain('Aucun paragraphe ne correspond à «\u00a0xyzzy\u00a0»');
	});

	it('Russian says that no paragraph matches the query («не соответствует запросу»)', () => {
		expect(search('xyzzy', 'ru')).toMatch(/^Ни один абзац не соответствует запросу «xyzzy»\./u);
	});

	it('a notice that echoes what was typed uses the same marks', () => {
		expect(content(quote, { paragraph: 'terrorism' }, 'fr')).toMatch(/^«\u00a0terrorism\u00a0» n’est pas/u);
		expect(content(quote, { paragraph: 'terrorism' }, 'ru')).toMatch(/^«terrorism»/u);
	});
});
