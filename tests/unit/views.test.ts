import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import { paragraphRanges, resolveParagraph } from '../../src/core/resolve-paragraph.ts';
import type { Requester } from '../../src/core/types.ts';
import { SUPPORTED_LOCALES, messagesFor } from '../../src/i18n/index.ts';
import { paragraphChoice, themeChoices } from '../../src/render/choices.ts';
import { citations } from '../../src/render/citation.ts';
import { paragraphView } from '../../src/render/paragraph-view.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { themePage, themesOverview } from '../../src/render/themes-view.ts';
import { contextFor, seedCorpus, twoDocumentCorpus } from '../helpers/corpus.ts';
import { longText, withTexts } from '../helpers/synthetic.ts';
import { validateMessage } from '../stand-in/validate-message.ts';

const seed = seedCorpus();
const en = messagesFor('en-US');

describe('paragraph references', () => {
	it.each([
		['3', 'sg2084-3'],
		['¶3', 'sg2084-3'],
		[' ¶ 10 ', 'sg2084-10'],
		['sg2084-7', 'sg2084-7'],
		['¶3 · Terrorism — “Participants recognized…”', 'sg2084-3'],
		['3.', 'sg2084-3'],
	])('%j is %s', (typed, id) => {
		expect(resolveParagraph(seed, typed, undefined)).toMatchObject({ ok: true, paragraph: { id } });
	});

	it.each([['11'], ['0'], ['-1'], ['1e9']])('%j is out of range', (typed) => {
		expect(resolveParagraph(seed, typed, undefined)).toMatchObject({ ok: false });
	});

	it.each([['3.5'], ['3a'], ['3,5']])('%j is not a paragraph number (not ¶3 quietly)', (typed) => {
		expect(resolveParagraph(seed, typed, undefined)).toMatchObject({ ok: false, reason: 'not-found' });
	});

	it('needs a document for a bare number when there are several, but reads a symbol', () => {
		const corpus = twoDocumentCorpus();
		expect(resolveParagraph(corpus, '2', undefined)).toMatchObject({ ok: false, reason: 'needs-document' });
		expect(resolveParagraph(corpus, 'FIX/0001 ¶2 · Protection', undefined)).toMatchObject({
			ok: true,
			paragraph: { id: 'fix0001-2' },
		});
		expect(paragraphRanges(corpus.documents)).toBe('SG/2084 ¶1–10, FIX/0001 ¶1–4');
	});
});

describe('choices', () => {
	it('previews a paragraph in at most 100 characters, cut at a word, valued by id', () => {
		const choice = paragraphChoice(seed, seed.paragraphById.get('sg2084-3')!);
		expect(choice.value).toBe('sg2084-3');
		expect(choice.name.length).toBeLessThanOrEqual(100);
		expect(choice.name).toMatch(/^¶3 · Terrorism — “Participants recognized that terrorism represents .*…”$/);
	});

	it('labels themes with their paragraph counts', () => {
		expect(themeChoices(seed, 'terr', en)).toEqual([{ name: 'Terrorism · 5 ¶', value: 'terrorism' }]);
		expect(themeChoices(seed, '', en)).toHaveLength(10);
	});
});

describe('citations', () => {
	it('name the symbol, title, date, paragraph, source URL and corpus version', () => {
		const { plain, apa } = citations(seed.documents[0]!, seed.paragraphById.get('sg2084-3')!, 'abc123');
		expect(plain).toBe(
			'SG/2084, “Fifth High-Level Meeting Between UN and Regional Organizations Concludes Following Two-Day Discussion of Main Challenges to International Peace and Security”, press release, New York, 31 July 2003, ¶3. https://unis.unvienna.org/unis/en/pressrels/2003/sg2084.html (quoted from corpus abc123)',
		);
		expect(apa).toMatch(
			/^United Nations\. \(2003, July 31\)\. Fifth High-Level .* \(Press release SG\/2084, para\. 3\)\. https:/,
		);
	});
});

describe('themes view', () => {
	it('lists every theme with its count', () => {
		const description = themesOverview(seed, en).embeds?.[0]?.description ?? '';
		expect(description.split('\n')).toHaveLength(10);
		expect(description).toContain('**Terrorism** · 5 ¶ — International terrorism');
	});

	it('pages a theme’s paragraphs with ◀ ▶', () => {
		const terrorism = seed.themeById.get('terrorism')!;
		const second = themePage(seed, terrorism, 1, en, 2);
		expect(second.embeds?.[0]?.description).toMatch(/\*\*¶4\*\* — [\s\S]*\*\*¶5\*\* — /);
		expect(second.embeds?.[0]?.footer?.text).toBe('page 2 of 3');
		const buttons = (second.components?.[0] as { components: { custom_id: string; disabled: boolean }[] }).components;
		expect(buttons.map((b) => [b.custom_id, b.disabled])).toEqual([
			['tp:terrorism:0', false],
			['tp:terrorism:2', false],
		]);
	});

	it('pages a theme’s paragraphs and clamps the page', () => {
		const view = themePage(seed, seed.themeById.get('terrorism')!, 7, en);
		expect(view.embeds?.[0]?.title).toBe('Terrorism · 5 ¶');
		expect(view.components).toEqual([]);
	});
});

const requester = (locale: string, guildLocale?: string): Requester => ({
	userId: '1',
	locale,
	guildLocale,
	inGuild: guildLocale !== undefined,
	canPostPublicly: true,
});

describe('every locale, every payload inside the limits', () => {
	const huge = withTexts(seed, Object.fromEntries(seed.paragraphs.map((p) => [p.id, longText(5000)])));
	const locales = ['en-US', ...SUPPORTED_LOCALES];

	it.each(locales)('%s: the largest search page, a no-match reply and a quote fit', (locale) => {
		const context = contextFor(huge, requester(locale, locale));
		const cases: Record<string, string | boolean>[] = [
			{ query: 'terrorism' },
			{ query: 'terrorism', private: true },
			{ query: 'zzqx' },
			{ query: '' },
		];
		for (const options of cases) {
			const response = firstResponse(conclusions.execute(options, context));
			if (response.type !== InteractionResponseType.ChannelMessageWithSource) throw new Error('expected a message');
			expect(validateMessage(response.data)).toEqual([]);
		}
		const view = paragraphView(huge, huge.paragraphs[0]!, {
			ephemeral: false,
			canPostPublicly: true,
			messages: messagesFor(locale),
		});
		expect(validateMessage({ ...view, allowed_mentions: { parse: [] } })).toEqual([]);
	});

	it('answers privately in the user’s language and publicly in the server’s', () => {
		const context = contextFor(seed, requester('fr', 'es-ES'));
		const privately = firstResponse(conclusions.execute({ query: 'zzqx' }, context));
		const publicly = firstResponse(conclusions.execute({ query: 'terrorism' }, context));
		expect(privately).toMatchObject({ data: { content: expect.stringContaining('Aucun paragraphe') as unknown } });
		expect(publicly).toMatchObject({
			data: { content: expect.stringContaining('párrafos contienen «terrorism»') as unknown },
		});
	});
});
