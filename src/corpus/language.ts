import type { Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageData } from './types.ts';

function read(path: string, hash: Hash): unknown {
	try {
		const text = readFileSync(path, 'utf8');
		hash.update(`\0${path.slice(path.lastIndexOf('/'))}\0${text}`);
		return JSON.parse(text) as unknown;
	} catch (error) {
		throw new Error(`corpus: cannot read ${path}: ${(error as Error).message}`);
	}
}

const isStrings = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Reads and checks `spelling.json` and `synonyms.json`; both feed the corpus version, since they change answers. */
export function loadLanguage(dataDir: string, hash: Hash): LanguageData {
	const spellingPath = join(dataDir, 'spelling.json');
	const synonymsPath = join(dataDir, 'synonyms.json');
	const spelling = (read(spellingPath, hash) ?? {}) as { words?: unknown; ise?: unknown };
	const synonyms = (read(synonymsPath, hash) ?? {}) as { synonyms?: unknown };
	const problems: string[] = [];
	const words = spelling.words as Record<string, unknown> | undefined;
	if (typeof words !== 'object' || words === null || !Object.values(words).every((v) => typeof v === 'string')) {
		problems.push(`${spellingPath}: "words" must map words to words`);
	}
	const stems = (spelling as { stems?: unknown }).stems;
	if (
		stems !== undefined &&
		(typeof stems !== 'object' || stems === null || !Object.values(stems).every((v) => typeof v === 'string'))
	) {
		problems.push(`${spellingPath}: "stems" must map words to index terms`);
	}
	if (!isStrings(spelling.ise)) problems.push(`${spellingPath}: "ise" must be a list of stems ending in "is"`);
	else
		for (const stem of spelling.ise)
			if (!stem.endsWith('is')) problems.push(`${spellingPath}: "${stem}" does not end in "is"`);
	const entries = Array.isArray(synonyms.synonyms) ? (synonyms.synonyms as { for?: unknown; means?: unknown }[]) : null;
	if (!entries) problems.push(`${synonymsPath}: "synonyms" must be a list`);
	for (const [i, entry] of (entries ?? []).entries()) {
		if (!isStrings(entry.for) || entry.for.length === 0 || !isStrings(entry.means) || entry.means.length === 0) {
			problems.push(`${synonymsPath}: synonyms[${i}] needs non-empty "for" and "means" lists of strings`);
		}
	}
	if (problems.length > 0) throw new Error(`corpus: language data is invalid:\n  - ${problems.join('\n  - ')}`);
	return { spelling: spelling as LanguageData['spelling'], synonyms: entries as LanguageData['synonyms'] };
}
