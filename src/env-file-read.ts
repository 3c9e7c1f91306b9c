import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { envEntries } from './env-file.ts';

/**
 * Reading `.env` as Windows users save it, and saying what a start would otherwise silently do without it. Only names
 * of files and variables are ever printed: never a value (one may be the token).
 */

/**
 * The text of an env file: UTF-8 (with or without a byte order mark), or UTF-16 — what Windows PowerShell 5.1's
 * `"…" > .env` and Notepad's "Unicode" write, which read as UTF-8 is NUL bytes between letters and no variable at
 * all. `utf16` says the file was read as such.
 */
export function envFileText(file: string): { text: string; utf16: boolean } {
	const bytes = readFileSync(file);
	const le = bytes[0] === 0xff && bytes[1] === 0xfe;
	const be = bytes[0] === 0xfe && bytes[1] === 0xff;
	// Without a byte order mark: ASCII text in UTF-16 has a NUL after (little-endian) or before each letter.
	const nulAfter = !le && !be && bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0;
	const nulBefore = !le && !be && bytes.length >= 4 && bytes[0] === 0 && bytes[2] === 0 && bytes[1] !== 0;
	if (le || nulAfter) return { text: new TextDecoder('utf-16le').decode(bytes).replace(/^\uFEFF/u, ''), utf16: true };
	if (be || nulBefore) return { text: new TextDecoder('utf-16be').decode(bytes).replace(/^\uFEFF/u, ''), utf16: true };
	return { text: bytes.toString('utf8').replace(/^\uFEFF/u, ''), utf16: false };
}

/** Names an editor gives `.env` by mistake: Notepad adds `.txt` (and hides it), a file manager drops the dot. */
const NEAR_NAMES = ['.env.txt', '.env.env', 'env', 'env.txt', '.env.example.txt'];

/**
 * When no `.env` is read: a file beside it that was meant to be it (`.env.txt`), or a `.env.example` filled in instead
 * of copied (its `DISCORD_TOKEN` set). Each folder is the working folder or the project's, as `.env` is looked for.
 */
export function missingEnvHints(folders: readonly string[]): string[] {
	const hints: string[] = [];
	// The working folder is usually the project's (`npm start`): each folder is looked in once, however it is written.
	for (const folder of [...new Set(folders.map((f) => resolve(f)))]) {
		for (const name of NEAR_NAMES) {
			if (existsSync(join(folder, name)))
				hints.push(
					`config: there is no .env, but there is ${join(folder, name)} — rename it to .env (Windows hides the ` +
						'.txt ending: in Explorer, View › File name extensions) so that its settings are read',
				);
		}
		const example = join(folder, '.env.example');
		if (!existsSync(example)) continue;
		const filled = envEntries(envFileText(example).text).some(
			(entry) => entry.name === 'DISCORD_TOKEN' && entry.value.trim() !== '',
		);
		if (filled)
			hints.push(
				`config: there is no .env, but ${example} has DISCORD_TOKEN filled in — .env.example is only the template ` +
					'and is never read: copy it to .env (cp .env.example .env) and keep your settings there',
			);
	}
	return hints;
}
