import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** The kinds of query a study group types; a table reports its scores per kind. */
export const QUERY_CLASSES = [
	'single-word',
	'question',
	'phrase-wrong-order',
	'paraphrase',
	'acronym-known',
	'acronym-unknown',
	'spelling-variant',
	'typo',
	'inflection',
	'no-answer',
] as const;

/** A paragraph named as readers cite it: the document's symbol and the paragraph's number. */
export interface RelevantParagraph {
	document: string;
	paragraph: number;
}

/**
 * One query with the paragraphs that answer it, best first; none for a query the corpus cannot answer (then any
 * match is wrong). The dev table may also use classes of its own (`phrase`, `hyphen`, `exclusion`).
 */
export interface RelevanceCase {
	query: string;
	class: string;
	relevant: RelevantParagraph[];
	/**
	 * The documents the query was written over, when the table's corpus holds more: matches from other documents
	 * are left out when it is scored (a query written for SG/2084 alone is not wrong when a later document answers it).
	 */
	documents?: string[];
	notes?: string;
}

/** The table to tune against, and the one written from the documents' text alone, never tuned to. */
export const DEV_TABLE = fileURLToPath(new URL('dev-queries.json', import.meta.url));
export const BLIND_TABLE = fileURLToPath(new URL('blind-queries.json', import.meta.url));

/** How a dev case's notes start when it came from an earlier blind table ("Blind round 1", "Blind round 2"…: moved once it had been looked at). */
export const MOVED_FROM_BLIND = 'Blind round';

/** Reads a table file, checking its shape so a typo in it fails loudly rather than scoring nonsense. */
export function readTable(path: string): RelevanceCase[] {
	const rows = JSON.parse(readFileSync(path, 'utf8')) as unknown;
	if (!Array.isArray(rows)) throw new Error(`relevance: ${path} must hold an array of cases`);
	return rows.map((row: unknown, i) => {
		const c = row as Partial<RelevanceCase>;
		const ok =
			typeof c.query === 'string' &&
			typeof c.class === 'string' &&
			Array.isArray(c.relevant) &&
			c.relevant.every((r) => typeof r.document === 'string' && Number.isInteger(r.paragraph)) &&
			(c.documents === undefined || (Array.isArray(c.documents) && c.documents.every((d) => typeof d === 'string')));
		if (!ok) throw new Error(`relevance: ${path} case ${i} needs query, class and relevant [{document, paragraph}]`);
		return c as RelevanceCase;
	});
}

/**
 * The same pair written over documents of ten other bodies as they are published (see `publishedEvaluationCorpus`):
 * what search does with conclusions nobody tuned it to.
 */
export const PUBLISHED_DEV_TABLE = fileURLToPath(new URL('published-dev-queries.json', import.meta.url));
export const PUBLISHED_BLIND_TABLE = fileURLToPath(new URL('published-blind-queries.json', import.meta.url));

/**
 * A third blind table, written from SG/2084's text alone (round 8): scored over the bundled data folder by itself,
 * the corpus `npm run cli -- search` answers from out of the box, so it measures what a reader of the bundled bot gets.
 * Its earlier round, looked at, is the seed dev table, scored over the same folder.
 */
export const SEED_BLIND_TABLE = fileURLToPath(new URL('seed-blind-queries.json', import.meta.url));
export const SEED_DEV_TABLE = fileURLToPath(new URL('seed-dev-queries.json', import.meta.url));

/**
 * A dev table written over twelve of the layout fixtures of documents as published (blind round 51, looked at): what
 * search does after an import of documents laid out as conclusions really are (see `layoutsEvaluationCorpus`).
 */
export const LAYOUTS_DEV_TABLE = fileURLToPath(new URL('layouts-dev-queries.json', import.meta.url));
/** Its blind twin: round 52, written afresh over the same twelve documents, scored in aggregate only. */
export const LAYOUTS_BLIND_TABLE = fileURLToPath(new URL('layouts-blind-queries.json', import.meta.url));

/**
 * Dev tables written over seventeen more of the published fixtures (blind round 53) and fourteen of the parsing
 * fixtures (blind round 54), looked at (see `importsEvaluationCorpus`, `parsingEvaluationCorpus`).
 */
export const IMPORTS_DEV_TABLE = fileURLToPath(new URL('imports-dev-queries.json', import.meta.url));
export const PARSING_DEV_TABLE = fileURLToPath(new URL('parsing-dev-queries.json', import.meta.url));

/**
 * The corpus a table is written over: the bundled and layout documents, the published ones, the bundled data alone,
 * the layout fixtures of documents as published, seventeen more of them, or fourteen of the parsing fixtures.
 */
export type TableCorpus = 'bundled' | 'published' | 'seed' | 'layouts' | 'imports' | 'parsing';

/** Each table file with its name and the corpus it is written over. */
const KNOWN_TABLES = [
	['dev', DEV_TABLE, 'bundled'],
	['blind', BLIND_TABLE, 'bundled'],
	['published dev', PUBLISHED_DEV_TABLE, 'published'],
	['published blind', PUBLISHED_BLIND_TABLE, 'published'],
	['seed dev', SEED_DEV_TABLE, 'seed'],
	['seed blind', SEED_BLIND_TABLE, 'seed'],
	['layouts dev', LAYOUTS_DEV_TABLE, 'layouts'],
	['layouts blind', LAYOUTS_BLIND_TABLE, 'layouts'],
	['imports dev', IMPORTS_DEV_TABLE, 'imports'],
	['parsing dev', PARSING_DEV_TABLE, 'parsing'],
] as const;

/** The tables that exist, by name: a blind one is written separately and may not be there yet. */
export function availableTables(): { name: string; cases: RelevanceCase[]; corpus: TableCorpus }[] {
	const tables: { name: string; cases: RelevanceCase[]; corpus: TableCorpus }[] = [];
	for (const [name, path, corpus] of KNOWN_TABLES) {
		if (name === 'dev' || existsSync(path)) tables.push({ name, cases: readTable(path), corpus });
	}
	return tables;
}

/**
 * A table file given by its path: one of the tables above is scored over the corpus it was written over, as in the
 * full run; any other file over the dev table's documents.
 */
export function tableAt(path: string): { name: string; cases: RelevanceCase[]; corpus: TableCorpus } {
	const known = KNOWN_TABLES.find(([, file]) => file === resolve(path));
	return { name: known?.[0] ?? path, cases: readTable(path), corpus: known?.[2] ?? 'bundled' };
}
