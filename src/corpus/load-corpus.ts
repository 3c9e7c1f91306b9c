import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDocumentMeta } from './document-meta.ts';
import { parseSource } from './parse-source.ts';
import { normalizeWhitespace } from './text.ts';
import { assignThemes, compileThemeMatchers, validateThemeFile } from './themes.ts';
import { loadLanguage } from './language.ts';
import type { Corpus, CorpusDocument, DocumentMeta, Paragraph } from './types.ts';

/** Where the bundled corpus lives, relative to the repository root. */
// fileURLToPath, not URL.pathname: a checkout in a folder with a space would otherwise look for `…%20…/data`.
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

function readJson(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as unknown;
	} catch (error) {
		throw new Error(`corpus: cannot read ${path}: ${(error as Error).message}`);
	}
}

export interface LoadOptions {
	/** More folders of `<slug>.json` + `<slug>.txt` pairs, read after `<dataDir>/documents` (tests use fixtures). */
	extraDocumentDirs?: readonly string[];
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
 * Loads a corpus folder: `themes.json` plus `documents/<slug>.json` (metadata) and `documents/<slug>.txt` (the text
 * as published) for each document. Adding a document is dropping in those two files.
 */
export function loadCorpus(dataDir: string = DEFAULT_DATA_DIR, options: LoadOptions = {}): Corpus {
	const documentsDir = join(dataDir, 'documents');
	const hash = createHash('sha256');
	const themesPath = join(dataDir, 'themes.json');
	const themeText = readFileSync(themesPath, 'utf8');
	hash.update(themeText);
	const { themes, overrides } = validateThemeFile(readJson(themesPath), themesPath);
	const language = loadLanguage(dataDir, hash);
	const matchers = compileThemeMatchers(themes);

	const metaPaths = [documentsDir, ...(options.extraDocumentDirs ?? [])].flatMap(listDocuments);
	if (metaPaths.length === 0) throw new Error(`corpus: ${documentsDir} holds no document (<slug>.json + <slug>.txt)`);

	const metas: { meta: DocumentMeta; text: string }[] = metaPaths.map((metaPath) => {
		const slug = basename(metaPath, '.json');
		const textPath = join(dirname(metaPath), `${slug}.txt`);
		const meta = validateDocumentMeta(slug, readJson(metaPath), metaPath);
		let text: string;
		try {
			text = readFileSync(textPath, 'utf8');
		} catch {
			throw new Error(`corpus: ${metaPath} has no text beside it — add ${textPath}`);
		}
		hash.update(`\0${slug}\0${readFileSync(metaPath, 'utf8')}\0${text}`);
		return { meta, text };
	});
	const slugs = metas.map((m) => m.meta.slug);
	const duplicate = slugs.find((slug, i) => slugs.indexOf(slug) !== i);
	if (duplicate) throw new Error(`corpus: two documents are named "${duplicate}"; slugs must be unique`);
	// Oldest first, so "document order" across the corpus is publication order.
	metas.sort((a, b) => a.meta.releaseDate.localeCompare(b.meta.releaseDate) || a.meta.slug.localeCompare(b.meta.slug));

	const documents: CorpusDocument[] = [];
	const paragraphs: Paragraph[] = [];
	const problems: string[] = [];
	for (const { meta, text } of metas) {
		const parsed = parseSource(text, meta.title);
		if (parsed.paragraphs.length === 0) problems.push(`${meta.slug}: no paragraph found in the text`);
		const documentParagraphs = parsed.paragraphs.map((p): Paragraph => {
			const id = `${meta.slug}-${p.number}`;
			const searchText = normalizeWhitespace(p.text);
			const paragraphThemes = assignThemes(id, searchText, themes, matchers, overrides);
			if (paragraphThemes.length === 0) {
				problems.push(`${id} has no theme: add a pattern to a theme or an override in themes.json`);
			}
			return {
				id,
				document: meta.slug,
				number: p.number,
				section: p.section,
				text: p.text,
				searchText,
				themes: paragraphThemes,
				order: paragraphs.length + p.number - 1,
			};
		});
		paragraphs.push(...documentParagraphs);
		documents.push({ ...meta, preamble: parsed.preamble, paragraphs: documentParagraphs });
	}
	for (const override of overrides) {
		if (!paragraphs.some((p) => p.id === override.paragraph)) {
			problems.push(`themes.json overrides unknown paragraph "${override.paragraph}"`);
		}
	}
	if (problems.length > 0) throw new Error(`corpus: ${dataDir} is inconsistent:\n  - ${problems.join('\n  - ')}`);
	return {
		documents,
		language,
		themes,
		paragraphs,
		version: hash.digest('hex').slice(0, 10),
		paragraphById: new Map(paragraphs.map((p) => [p.id, p])),
		documentBySlug: new Map(documents.map((d) => [d.slug, d])),
		themeById: new Map(themes.map((t) => [t.id, t])),
		paragraphsByTheme: new Map(themes.map((t) => [t.id, paragraphs.filter((p) => p.themes.includes(t.id))])),
	};
}
