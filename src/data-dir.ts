import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { tokenPasted, valueProblem } from './config-echo.ts';
import { DataFolderError } from './corpus/data-folder.ts';

/**
 * DATA_DIR as every command reports it (`npm start`, the CLI, deploy, import): the same words and the same exit code
 * for the same folder, whichever command met it first.
 */

/**
 * What is wrong with DATA_DIR before anything reads it, or undefined: a bot token pasted there (refused before the
 * folder is named in any later message), or a path that names no folder.
 */
export function dataDirProblem(dir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
	const pasted = tokenPasted('DATA_DIR', dir, env);
	if (pasted !== undefined) return pasted;
	if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return undefined;
	// A relative path is named as the folder it was looked for in: the reader may have meant it from another folder.
	const where = isAbsolute(dir) ? '' : ` (${resolve(dir)})`;
	return valueProblem(
		'DATA_DIR',
		dir,
		`${where} is not a folder — point it at a corpus folder laid out as data/ (themes.json, documents/), or leave it empty for the bundled corpus`.trimStart(),
		env,
	);
}

/** The line for a DATA_DIR folder that is there but does not load (no themes.json, no document yet, a bad file). */
export function dataDirLoadFailure(dir: string, error: unknown, env: NodeJS.ProcessEnv = process.env): string {
	const reason = (error instanceof Error ? error.message : String(error)).replace(/^corpus: /, '');
	// A folder that is no data folder is told how to make one, and to leave DATA_DIR unset: not twice.
	const advice =
		error instanceof DataFolderError
			? ''
			: ' — fix that folder (laid out as data/), or leave DATA_DIR empty for the bundled corpus';
	const wrong = `could not be loaded: ${reason}${advice}`;
	return `corpus: ${valueProblem('DATA_DIR', dir, wrong, env)}`;
}
