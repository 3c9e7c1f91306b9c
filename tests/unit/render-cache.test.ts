import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { BotCore } from '../../src/core/bot-core.ts';
import { loadBotCore } from '../../src/core/load-bot-core.ts';
import { DEFAULT_DATA_DIR } from '../../src/corpus/load-corpus.ts';
import { messagesFor } from '../../src/i18n/index.ts';
import { embedFrame } from '../../src/render/paragraph-embed.ts';
import { mergedSegments } from '../../src/render/quote.ts';
import { SEED, indexOf, seedCore, seedCorpus } from '../helpers/corpus.ts';

const corpus = seedCorpus();
const paragraph = corpus.paragraphs[2];
if (!paragraph) throw new Error('the seed corpus has ten paragraphs');

describe('what a reply reuses between requests', () => {
	it('builds a paragraph frame once per language, frozen, so no reply can change another', () => {
		const en = messagesFor('en-US');
		const frame = embedFrame(corpus, paragraph, en);
		expect(embedFrame(corpus, paragraph, en)).toBe(frame);
		expect(Object.isFrozen(frame) && Object.isFrozen(frame.fields) && Object.isFrozen(frame.footer)).toBe(true);
		expect(() => (frame.fields as { name: string }[]).push({ name: 'x' })).toThrow(TypeError);
		const fr = embedFrame(corpus, paragraph, messagesFor('fr'));
		expect(fr).not.toBe(frame);
		expect(fr.fields?.[0]?.name).toBe(messagesFor('fr').themes);
		// A note makes a frame of its own, never stored in place of the plain one.
		expect(embedFrame(corpus, paragraph, en, 'shares 3 of 5 key words').fields?.[0]?.value).toBe(
			'shares 3 of 5 key words',
		);
		expect(embedFrame(corpus, paragraph, en)).toBe(frame);
	});

	it('works out a quote’s runs once per highlighter, and the same runs as a new highlighter', () => {
		const index = indexOf(corpus);
		const outcome = index.search('terrorism');
		const hit = outcome.hits[0];
		if (!hit) throw new Error('terrorism matches');
		const highlighter = index.highlighter(hit.matchedTerms, outcome.plan);
		const runs = mergedSegments(hit.paragraph.searchText, highlighter);
		expect(mergedSegments(hit.paragraph.searchText, highlighter)).toBe(runs);
		expect(runs.some((s) => s.matched)).toBe(true);
		const fresh = index.highlighter(hit.matchedTerms, outcome.plan);
		expect(mergedSegments(hit.paragraph.searchText, fresh)).toEqual(runs);
	});

	it('answers a repeated search exactly as a core that has reused nothing', async () => {
		const warm = seedCore();
		// Loaded apart: other paragraph objects, so none of the warm core's frames or runs can serve it.
		const cold = loadBotCore(commands, DEFAULT_DATA_DIR, SEED);
		for (const locale of ['en-US', 'fr', 'zh-CN']) {
			const ask = (core: BotCore) =>
				core.run(
					{ name: 'conclusions', options: { query: 'human rights terrorism' } },
					{ userId: '1', locale, guildLocale: locale, inGuild: true, canPostPublicly: true },
				);
			await ask(warm);
			const reused = JSON.stringify(await ask(warm));
			expect(reused).toContain('**');
			expect(reused).toBe(JSON.stringify(await ask(cold)));
		}
	});
});
