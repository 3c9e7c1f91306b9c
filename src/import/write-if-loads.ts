import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadCorpus } from '../corpus/load-corpus.ts';
import type { Corpus } from '../corpus/types.ts';
import { ImportError } from './import-error.ts';

/** A file to write, and what it is to hold. */
export interface FileToWrite {
	path: string;
	text: string;
}

/**
 * Writes a document's files into the data folder's `documents` folder and loads the folder with them. Where it does
 * not load, the files are put back as they were (and the `documents` folder removed if this made it), and the import
 * fails with the reason.
 */
export function writeIfFolderLoads(
	dataDir: string,
	documents: string,
	slug: string,
	files: readonly FileToWrite[],
): Corpus {
	// What the files held before (`--force`), so a document that keeps the folder from loading is taken back out.
	const before = files.map(({ path }) => ({
		path,
		text: existsSync(path) ? readFileSync(path) : undefined,
	}));
	const madeFolder = !existsSync(documents);
	mkdirSync(documents, { recursive: true });
	for (const { path, text } of files) writeFileSync(path, text);

	try {
		return loadCorpus(dataDir);
	} catch (error) {
		// The bot must still start on the folder: leave it as it was, and say why the document was not kept.
		for (const { path, text } of before) {
			if (text === undefined) rmSync(path, { force: true });
			else writeFileSync(path, text);
		}
		if (madeFolder) rmSync(documents, { recursive: true, force: true });
		throw new ImportError(
			`import: the folder does not load with ${slug} in it, so nothing was written:\n${(error as Error).message}`,
		);
	}
}
