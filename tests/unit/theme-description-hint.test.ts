import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/console/cli-commands.ts';
import { LOCAL_REQUESTER } from '../../src/core/requester.ts';
import { seedCore } from '../helpers/corpus.ts';

/**
 * `/themes` describes Conflict prevention as "…early warning, preventive diplomacy, mediation and good offices", words
 * SG/2084's ¶9 (its only paragraph) does not use: a reader who types them is pointed to the theme.
 */
const contentOf = async (query: string, theme?: string, locale = 'en-US') => {
	const reply = await seedCore().run(
		{ name: 'conclusions', options: { query, ...(theme ? { theme } : {}) } },
		{ ...LOCAL_REQUESTER, locale },
	);
	return reply as { data?: { content?: string; flags?: number; allowed_mentions?: unknown } };
};

const cliText = (argv: string[]) => {
	let stdout = '';
	runCli(argv, seedCore, { stdout: (t) => (stdout += t), stderr: () => {} });
	return stdout;
};

describe('words no paragraph has, in a theme’s description', () => {
	it('point to the theme and how to list its paragraphs, privately, mentioning no one', async () => {
		const reply = await contentOf('early warning');
		expect(reply.data?.content?.split('\n').slice(0, 2)).toEqual([
			'No paragraph matches “early warning”.',
			'“early warning” is among what the theme **Conflict prevention** covers: list its paragraphs with `/themes theme:conflict-prevention`.',
		]);
		expect(reply.data).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
		const french = await contentOf('mediation', undefined, 'fr');
		expect(french.data?.content).toContain('fait partie de ce que couvre le thème **Conflict prevention**');
	});

	it('only when every word is in the description, and the theme is the one searched in, if any', async () => {
		expect((await contentOf('early warning zebra')).data?.content).not.toContain('covers');
		expect((await contentOf('early warning', 'terrorism')).data?.content).not.toContain('covers');
		expect((await contentOf('early warning', 'conflict-prevention')).data?.content).toContain(
			'**Conflict prevention** covers',
		);
	});

	it('point to the theme under a partial match too (good offices matched only other senses of good and offices)', async () => {
		const partial = (await contentOf('good offices')).data?.content ?? '';
		expect(partial).toMatch(/^No paragraph has all of “good offices”/u);
		expect(partial).toContain('“good offices” is among what the theme **Conflict prevention** covers');
		expect((await contentOf('terrorism')).data?.content).not.toContain('covers');
		expect(cliText(['search', 'good', 'offices'])).toContain(
			'"good offices" is among what the theme "Conflict prevention" (conflict-prevention) covers.',
		);
	});

	it('says the theme and its paragraphs in the CLI', () => {
		expect(cliText(['search', 'mediation'])).toMatch(
			/^No paragraph matches "mediation"\.\n"mediation" is among what the theme "Conflict prevention" \(conflict-prevention\) covers; its paragraphs: ¶9\.\n/u,
		);
	});

	it('not for a search that leaves words out: the theme’s paragraphs may be the very ones left out', async () => {
		// A stranger's `human rights -terrorism` was pointed to Human rights' ¶1, ¶4 and ¶10, the three it left out (all
		// three mention terrorism).
		expect(cliText(['search', 'human', 'rights', '-terrorism'])).not.toContain('covers');
		expect((await contentOf('human rights -terrorism')).data?.content).not.toContain('covers');
		expect(cliText(['search', 'human', 'rights'])).toContain('¶4');
	});
});
