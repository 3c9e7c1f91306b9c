import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { allThemes } from '../../src/import/data-check.ts';
import { describeSuggestions, suggestThemePatterns } from '../../src/import/theme-suggestions.ts';
import { seedDataCopy } from '../helpers/corpus.ts';

/**
 * Paragraphs of summit declarations and communiqués as they are published, whose words share a few letters, or the
 * first word of a set phrase, with a theme's label: none of them is about that theme, and a pattern made of their
 * ordinals, frame words or a page's footer would tag other documents wrongly.
 */
describe('theme suggestions that would mis-tag a paragraph', () => {
	const dir = seedDataCopy('suggestions-set-phrases-');
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const paragraphs = [
		'1. The Member States welcome the decision to grant the Kyrgyz Republic the chairmanship and express their conviction that this will strengthen the potential of the Organisation.',
		'2. The Member States underlined the human dimension of confidence building, including contacts between people and exchanges between universities.',
		'3. The 45th Ordinary Summit took stock of recent developments on the ground in the eastern provinces.',
		'4. The Summit directed the Secretariat to convene the 32nd Ordinary Meeting of the Council in Gaborone.',
		'5. Related topics: summits and meetings of Heads of State and Government.',
	];
	writeFileSync(join(dir, 'documents', 'yy1.txt'), `${paragraphs.join('\n\n')}\n`);
	writeFileSync(
		join(dir, 'documents', 'yy1.json'),
		JSON.stringify({ symbol: 'YY/1', title: 'Communiqué of the Summit', releaseDate: '2031-01-02' }),
	);
	const corpus = loadCorpus(dir);
	const themes = allThemes(dir);
	const suggestionsFor = (n: number) => {
		const found = corpus.paragraphs.find((p) => p.id === `yy1-${n}`);
		if (!found) throw new Error(`no paragraph ${n}`);
		expect(found.themes).toEqual([]);
		return suggestThemePatterns(corpus, found, themes);
	};
	const themeIds = (n: number) => suggestionsFor(n).map((s) => s.theme?.id);
	const patterns = (n: number) => suggestionsFor(n).map((s) => s.pattern);

	it('offers no Organized crime for "the Organisation", nor the word itself', () => {
		expect(themeIds(1)).not.toContain('organized-crime');
		expect(patterns(1).join(' ')).not.toMatch(/organisation|decision/u);
	});

	it('offers no Human rights for "the human dimension": the set phrase is said by its last word', () => {
		expect(themeIds(2)).not.toContain('human-rights');
		expect(patterns(2).join(' ')).not.toMatch(/\bpeople\b/u);
	});

	it('offers no Poverty and development for "developments on the ground", and no ordinal', () => {
		expect(themeIds(3)).not.toContain('poverty-and-development');
		expect(patterns(3).join(' ')).not.toMatch(/45th|summit|developments/u);
		expect(patterns(4).join(' ')).not.toMatch(/32nd/u);
	});

	it("offers no pattern of a copied page's footer words", () => {
		expect(patterns(5).join(' ')).not.toMatch(/related|topics/u);
		expect(describeSuggestions(suggestionsFor(5))).not.toMatch(/related topics/u);
	});
});
