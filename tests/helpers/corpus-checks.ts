import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { paragraphNumber, bullet } from '../../src/corpus/markers.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { allThemes, dataProblems } from '../../src/import/data-check.ts';

/**
 * What must hold of any corpus folder, whatever documents it holds: the data check passes (every paragraph has a
 * theme, every numbering runs), ids are `<slug>-<number>` and unique, numbers rise within a document, quotes carry
 * no number or bullet of their own, sections are headings printed in the text, and corpus order is 0…n-1.
 */
export function expectSoundCorpus(corpus: Corpus, dataDir: string): void {
	expect(dataProblems(corpus, allThemes(dataDir))).toEqual([]);
	expect(corpus.paragraphs.map((p) => p.order)).toEqual(corpus.paragraphs.map((_, i) => i));
	expect(new Set(corpus.paragraphs.map((p) => p.id)).size).toBe(corpus.paragraphs.length);
	for (const document of corpus.documents) {
		expect(document.paragraphs.length, `${document.slug} has paragraphs`).toBeGreaterThan(0);
		const source = readFileSync(join(corpus.folder, 'documents', `${document.slug}.txt`), 'utf8').replace(/\s+/gu, ' ');
		let previous = -Infinity;
		for (const p of document.paragraphs) {
			expect(p.id).toBe(`${document.slug}-${p.number}`);
			expect(p.number, `${p.id} follows the number before it`).toBeGreaterThan(previous);
			previous = p.number;
			expect(p.text.trim(), `${p.id} has text`).not.toBe('');
			expect(paragraphNumber(p.text), `${p.id} does not quote its own number`).toBeUndefined();
			expect(bullet(p.text), `${p.id} does not quote its bullet`).toBeUndefined();
			expect(p.themes.length, `${p.id} has a theme`).toBeGreaterThan(0);
			// A section names its headings outer first, joined with ` — `: each is printed in the text.
			for (const heading of p.section?.split(' — ') ?? []) {
				expect(source, `${p.id}'s section heading is printed in the text`).toContain(heading);
			}
		}
	}
}
