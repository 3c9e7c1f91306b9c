import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files every data folder needs, beside `documents/` (which an import creates). */
export const DATA_FOLDER_FILES = ['themes.json', 'spelling.json', 'synonyms.json'] as const;

/**
 * What keeps a folder from being a data folder, in one sentence with what to do, or undefined when it has what it
 * needs. Said before anything is read or written, so a wrong DATA_DIR is named as such, not as a raw ENOENT.
 */
export function dataFolderProblem(dataDir: string, bundledDir: string): string | undefined {
	const bundled = bundledDir.replace(/\/+$/u, '');
	const folder = shellWord(dataDir);
	// Both ways spelt out: a copy made whole keeps the bundled document, which a folder of one's own may not want.
	const howToStart =
		`a data folder holds ${DATA_FOLDER_FILES.join(', ')} and documents/; start one with the bundled folder's ` +
		`themes and word lists and none of its documents (mkdir -p ${folder} && cp ${shellWord(bundled)}/*.json ` +
		`${folder}), then import your documents into it; or copy it whole to keep its documents beside yours ` +
		`(cp -r ${shellWord(`${bundled}/.`)} ${folder}); or leave DATA_DIR unset to use the bundled folder`;
	if (!existsSync(dataDir)) return `the data folder ${dataDir} does not exist — ${howToStart}`;
	if (!statSync(dataDir).isDirectory()) return `the data folder ${dataDir} is not a folder — ${howToStart}`;
	const missing = DATA_FOLDER_FILES.filter((name) => !existsSync(join(dataDir, name)));
	if (missing.length > 0) return `the data folder ${dataDir} has no ${missing.join(', ')} — ${howToStart}`;
	return undefined;
}

/** A folder that is no data folder (see `dataFolderProblem`): its message already says what to do. */
export class DataFolderError extends Error {}

/** A path as a shell takes it when pasted: quoted when it has anything a shell would split or expand. */
export function shellWord(path: string): string {
	return /^[\w./:@%+=,-]+$/u.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

/** The bundled data folder (as `DEFAULT_DATA_DIR` in load-corpus.ts, which imports this module). */
export const BUNDLED_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
