import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATA_DIR, loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { importDocument } from '../../src/import/import-document.ts';
import { FIXTURE_DOCUMENTS, LAYOUT_DOCUMENTS } from '../helpers/corpus.ts';

/** The layout fixtures the tables cite, as dropped into a data folder (one text per symbol: the PDF twin is left out). */
const LAYOUT_TEXTS = ['annex-roman', 'press-release-bullets', 'numbered-extract'];
/** The saved press release page, read by the import as a reader would add it. */
const LAYOUT_PAGES = ['press-release.html'];

/**
 * The corpus the relevance tables are written over: the bundled data folder, the small multi-document fixture, the
 * layout texts and the saved page imported through `npm run import`'s own code, in a temporary data folder (removed
 * before this returns), so the tables are scored on documents loaded exactly as a reader's data folder would be.
 * The blind table was written over the published documents only, so it is scored without the small `FIX/0001`.
 */
export async function evaluationCorpus(options: { withFixtureDocument?: boolean } = {}): Promise<Corpus> {
	const dir = mkdtempSync(join(tmpdir(), 'eval-corpus-'));
	try {
		cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
		const documents = join(dir, 'documents');
		mkdirSync(documents, { recursive: true });
		for (const folder of options.withFixtureDocument === false ? [] : [FIXTURE_DOCUMENTS]) {
			for (const name of readdirSync(folder)) cpSync(join(folder, name), join(documents, name));
		}
		for (const name of LAYOUT_TEXTS) {
			for (const ext of ['.txt', '.json']) cpSync(join(LAYOUT_DOCUMENTS, name + ext), join(documents, name + ext));
		}
		for (const page of LAYOUT_PAGES) await importDocument({ file: join(LAYOUT_DOCUMENTS, page), dataDir: dir });
		return loadCorpus(dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Conclusions of ten other bodies as they are published (a saved page, Markdown, `pdftotext` text), with how to import each. */
const PUBLISHED = fileURLToPath(new URL('../fixtures/eval-published/', import.meta.url));
/** The layout fixtures of documents as published, and the twelve of them the layouts table is written over. */
const LAYOUTS = fileURLToPath(new URL('../fixtures/published/', import.meta.url));
const LAYOUTS_MANIFEST = fileURLToPath(new URL('layouts-documents.json', import.meta.url));
/** Seventeen more of the published fixtures (the imports table), and fourteen of the parsing fixtures (the parsing table). */
const IMPORTS_MANIFEST = fileURLToPath(new URL('imports-documents.json', import.meta.url));
const PARSING = fileURLToPath(new URL('../fixtures/parsing/', import.meta.url));
const PARSING_MANIFEST = fileURLToPath(new URL('parsing-documents.json', import.meta.url));

/**
 * The corpus the published tables are written over: ten documents of other bodies, in the layouts they are published
 * in, imported through `npm run import`'s own code into a temporary data folder (removed before this returns) with
 * the bundled themes, spelling and synonyms, and none of the bundled documents: search as it meets documents nobody
 * tuned it to.
 */
export function publishedEvaluationCorpus(): Promise<Corpus> {
	return importedCorpus(PUBLISHED, join(PUBLISHED, 'manifest.json'), 'eval-published-');
}

/**
 * The corpus the layouts table is written over: twelve of the layout fixtures of documents as published (a Word page,
 * a WordPress page, `pdftotext` output, front-matter Markdown…), imported as `publishedEvaluationCorpus` imports its
 * ten: what search meets after an import of documents laid out as conclusions really are.
 */
export function layoutsEvaluationCorpus(): Promise<Corpus> {
	return importedCorpus(LAYOUTS, LAYOUTS_MANIFEST, 'eval-layouts-');
}

/**
 * The corpus the imports table is written over (blind round 53): seventeen other fixtures of documents as published
 * (a Google Docs page, a Telegram channel export, forwarded e-mails, Word pages…), imported as the layouts are.
 */
export function importsEvaluationCorpus(): Promise<Corpus> {
	return importedCorpus(LAYOUTS, IMPORTS_MANIFEST, 'eval-imports-');
}

/**
 * The corpus the parsing table is written over (blind round 54): fourteen of the texts the parser's tests read
 * (copied pages, `pdftotext` output of declarations, communiqués and decisions), imported as the layouts are.
 */
export function parsingEvaluationCorpus(): Promise<Corpus> {
	return importedCorpus(PARSING, PARSING_MANIFEST, 'eval-parsing-');
}

/** The documents a manifest lists (`{ documents: [{ file, symbol? }] }`), imported from `folder` into a fresh folder. */
async function importedCorpus(folder: string, manifest: string, prefix: string): Promise<Corpus> {
	const { documents } = JSON.parse(readFileSync(manifest, 'utf8')) as {
		documents: { file: string; symbol?: string }[];
	};
	const dir = mkdtempSync(join(tmpdir(), prefix));
	try {
		for (const name of readdirSync(DEFAULT_DATA_DIR)) {
			if (name.endsWith('.json')) cpSync(join(DEFAULT_DATA_DIR, name), join(dir, name));
		}
		mkdirSync(join(dir, 'documents'));
		for (const { file, symbol } of documents) {
			await importDocument({ file: join(folder, file), dataDir: dir, ...(symbol === undefined ? {} : { symbol }) });
		}
		return loadCorpus(dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
