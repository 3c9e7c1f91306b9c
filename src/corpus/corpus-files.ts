import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusKey, type CorpusCacheEvent } from './corpus-snapshot.ts';
import type { Derived } from './derived-format.ts';
import { DataFolderError, dataFolderProblem } from './data-folder.ts';
import { onDataDir } from '../command-to-type.ts';
import { rememberFingerprint } from './fingerprint.ts';
import { validateDocumentMeta } from './document-meta.ts';
import { validateThemeFile } from './themes.ts';
import { loadLanguage } from './language.ts';
import type { Corpus, CorpusDocument, CorpusWarning, DocumentMeta, Paragraph, Theme, ThemeOverride } from './types.ts';

/**
 * Reading a corpus folder: its files, checked and hashed into the key of the corpus's snapshot, and the corpus made of
 * them and of what parsing works out. Parsing itself is in `derive-documents.ts`, which a start with a valid snapshot
 * never loads (see `load-corpus-lazily.ts`): its modules make some two hundred regular expressions as they load.
 */

/** Where the bundled corpus lives, relative to the repository root. */
// fileURLToPath, not URL.pathname: a checkout in a folder with a space would otherwise look for `…%20…/data`.
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

function readJson(path: string): unknown {
	try {
		return parseJson(readFileSync(path), path);
	} catch (error) {
		throw new Error(`corpus: cannot read ${path}: ${(error as Error).message}`);
	}
}

function parseJson(bytes: Buffer, path: string): unknown {
	try {
		return JSON.parse(bytes.toString('utf8')) as unknown;
	} catch (error) {
		throw new Error(`corpus: cannot read ${path}: ${(error as Error).message}`);
	}
}

export interface LoadOptions {
	/** More folders of `<slug>.json` + `<slug>.txt` pairs, read after `<dataDir>/documents` (tests use fixtures). */
	extraDocumentDirs?: readonly string[];
	/** Only these documents (by slug), whatever else the folders hold: tests that pin one document's facts. */
	only?: readonly string[];
	/**
	 * A folder for the snapshot of what loading works out from the files (see `corpus-snapshot.ts`): read when it is
	 * valid for exactly these files, else made and saved. Without one, every load parses the texts.
	 */
	cacheDir?: string | undefined;
	/** Told what became of the snapshot (loaded, built, rebuilt and why, not saved). */
	onCache?: ((event: CorpusCacheEvent) => void) | undefined;
}

function listDocuments(dir: string): string[] {
	try {
		return readdirSync(dir)
			.filter((name) => name.endsWith('.json'))
			.sort()
			.map((name) => join(dir, name));
	} catch (error) {
		throw new Error(`corpus: cannot list ${dir}: ${(error as Error).message}`);
	}
}

/**
 * What the bot's log says to do about a paragraph without a theme: the data check names the patterns to add. The data
 * check itself (and an import) gives those patterns in place of this line, rather than pointing at itself.
 * The environment is not read (a folder's warnings are kept in its snapshot): only the folder goes with the command.
 */
export function noThemeAdvice(dataDir: string, { many = false } = {}): string {
	const what = many
		? 'add patterns that match them to themes in themes.json, or overrides'
		: 'add a pattern that matches it to a theme in themes.json, or an override';
	return ` — ${what} (${onDataDir('npm run import -- --check', dataDir, {})} suggests patterns)`;
}

/** A document's files as read: its metadata, its text's bytes, where the text is. */
export interface DocumentFiles {
	meta: DocumentMeta;
	source: Buffer;
	textPath: string;
}

/**
 * What loading reads before any text is parsed: the theme file, the language data and every document's files, hashed
 * into the key of the corpus's snapshot (see `corpus-snapshot.ts`).
 */
export interface CorpusFiles {
	dataDir: string;
	themes: Theme[];
	overrides: ThemeOverride[];
	language: Corpus['language'];
	metas: DocumentFiles[];
	filesHash: string;
	themeIds: string[];
	key: string;
}

/**
 * Reads a corpus folder's files and checks them: `themes.json` plus `documents/<slug>.json` (metadata) and
 * `documents/<slug>.txt` (the text as published) for each document. Adding a document is dropping in those two files.
 */
export function readCorpusFiles(dataDir: string, options: LoadOptions): CorpusFiles {
	const folderProblem = dataFolderProblem(dataDir, DEFAULT_DATA_DIR);
	if (folderProblem) throw new DataFolderError(`corpus: ${folderProblem}`);
	const documentsDir = join(dataDir, 'documents');
	const hash = createHash('sha256');
	const themesPath = join(dataDir, 'themes.json');
	const themeText = readFileSync(themesPath, 'utf8');
	hash.update(themeText);
	const { themes, overrides } = validateThemeFile(readJson(themesPath), themesPath);
	const language = loadLanguage(dataDir, hash);

	// A data folder just started (its JSON files copied, nothing imported yet) has no documents/ folder: no document.
	const metaPaths = [...(existsSync(documentsDir) ? [documentsDir] : []), ...(options.extraDocumentDirs ?? [])]
		.flatMap(listDocuments)
		.filter((path) => !options.only || options.only.includes(basename(path, '.json')));
	for (const slug of options.only ?? []) {
		if (!metaPaths.some((path) => basename(path, '.json') === slug)) {
			throw new Error(`corpus: no document "${slug}" in ${documentsDir}`);
		}
	}
	if (metaPaths.length === 0) {
		throw new Error(
			`corpus: ${documentsDir} holds no document (<slug>.json + <slug>.txt); add one with ${onDataDir('npm run import -- <file>', dataDir)}`,
		);
	}

	// Read as bytes: hashed as they are, and on a load from the snapshot each paragraph is decoded from them alone.
	const metas: DocumentFiles[] = metaPaths.map((metaPath) => {
		const slug = basename(metaPath, '.json');
		const textPath = join(dirname(metaPath), `${slug}.txt`);
		const metaBytes = readFileSync(metaPath);
		const meta = validateDocumentMeta(slug, parseJson(metaBytes, metaPath), metaPath);
		let source: Buffer;
		try {
			source = readFileSync(textPath);
		} catch {
			throw new Error(`corpus: ${metaPath} has no text beside it — add ${textPath}`);
		}
		hash.update(`\0${slug}\0`).update(metaBytes).update('\0').update(source);
		return { meta, source, textPath };
	});
	const slugs = metas.map((m) => m.meta.slug);
	const duplicate = slugs.find((slug, i) => slugs.indexOf(slug) !== i);
	if (duplicate) throw new Error(`corpus: two documents are named "${duplicate}"; slugs must be unique`);
	// Oldest first, so "document order" across the corpus is publication order.
	metas.sort((a, b) => a.meta.releaseDate.localeCompare(b.meta.releaseDate) || a.meta.slug.localeCompare(b.meta.slug));
	const filesHash = hash.digest('hex');

	const themeIds = themes.map((t) => t.id);
	const key = corpusKey(filesHash, [resolve(dataDir), ...metas.map((m) => m.textPath)], themeIds);
	return { dataDir, themes, overrides, language, metas, filesHash, themeIds, key };
}

/** The corpus made of its files and what parsing them works out (parsed now, or read from the snapshot). */
export function assembleCorpus(
	{ dataDir, themes, overrides, language, metas, filesHash, key }: CorpusFiles,
	derived: Derived,
): Corpus {
	const documents: CorpusDocument[] = [];
	const paragraphs: Paragraph[] = [];
	const warnings: CorpusWarning[] = [...derived.warnings];
	metas.forEach(({ meta }, d) => {
		const { preamble, paragraphs: documentParagraphs } = derived.documents[d] ?? { preamble: null, paragraphs: [] };
		for (const p of documentParagraphs) paragraphs.push(p);
		documents.push({ ...meta, preamble, paragraphs: documentParagraphs });
	});
	const paragraphById = new Map<string, Paragraph>();
	for (const p of paragraphs) paragraphById.set(p.id, p);
	for (const override of overrides) {
		// An override of a document not loaded here (a test loading one document) is not a problem of this corpus.
		const loaded = documents.some((d) => override.paragraph.startsWith(`${d.slug}-`));
		if (loaded && !paragraphById.has(override.paragraph)) {
			warnings.push({
				kind: 'override',
				document: override.paragraph.replace(/-\d+$/u, ''),
				paragraph: override.paragraph,
				message: `themes.json overrides "${override.paragraph}", which the text does not have — fix or remove it`,
			});
		}
	}
	// Each theme's paragraphs in one pass (themes × paragraphs would cost tens of milliseconds at 30,000 paragraphs).
	const byTheme = new Map<string, Paragraph[]>(themes.map((t) => [t.id, []]));
	for (const p of paragraphs) for (const id of p.themes) byTheme.get(id)?.push(p);
	// A theme no loaded paragraph has yet (written for documents not in this folder) is not offered to readers.
	const liveThemes = themes.filter((theme) => (byTheme.get(theme.id)?.length ?? 0) > 0);
	const corpus: Corpus = {
		folder: resolve(dataDir),
		documents,
		warnings,
		language,
		themes: liveThemes,
		unusedThemes: themes.filter((theme) => !liveThemes.includes(theme)),
		paragraphs,
		version: filesHash.slice(0, 10),
		paragraphById,
		documentBySlug: new Map(documents.map((d) => [d.slug, d])),
		themeById: new Map(liveThemes.map((t) => [t.id, t])),
		paragraphsByTheme: new Map(liveThemes.map((t) => [t.id, byTheme.get(t.id) ?? []])),
	};
	rememberFingerprint(corpus, key);
	return corpus;
}
