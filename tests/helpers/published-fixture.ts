import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { paragraphMark } from '../../src/corpus/paragraph-mark.ts';
import { seedDataCopy } from './corpus.ts';
import { importCli } from './import-cli.ts';

/** A document of `tests/fixtures/published/` (written as its publisher puts it out), by file name. */
export const publishedFixture = (name: string): string =>
	fileURLToPath(new URL(`../fixtures/published/${name}`, import.meta.url));

/**
 * Imports a published fixture as the README says, into a copy of the bundled data (removed after each test of the
 * file that calls this at its top level), and reads back what it wrote: the document, every paragraph of it
 * (`all`, annexes' and preambles' too), its body's paragraphs cited ¶1, ¶2… (`paragraphs`), and the import's output.
 */
export function importsPublished(prefix: string) {
	const scratch: string[] = [];
	afterEach(() => {
		for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
	});
	return async (name: string, ...args: string[]) => {
		const dir = seedDataCopy(prefix);
		scratch.push(dir);
		const { code, all: output } = await importCli([publishedFixture(name), ...args], dir);
		expect(code, output).toBe(0);
		const corpus = loadCorpus(dir);
		const document = corpus.documents.find((d) => d.slug !== 'sg2084');
		const all = corpus.paragraphs.filter((p) => p.document === document?.slug);
		const paragraphs = all.filter((p) => paragraphMark(p).startsWith('¶'));
		return { document, all, paragraphs, output };
	};
}
