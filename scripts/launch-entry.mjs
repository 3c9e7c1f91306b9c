// @ts-check
/**
 * What the launcher (`launch.mjs`) says instead of a stack trace when a start goes wrong: an entry that is not there
 * or typed as `.js`, a package not installed. Plain JavaScript, as the launcher: it runs before any TypeScript can.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LAUNCHER = fileURLToPath(new URL('./launch.mjs', import.meta.url));

/**
 * The package a module-not-found error names (`Cannot find package 'pino' imported from …`), or undefined for any
 * other error (a module of ours missing is a bug to show as it is).
 * @param {unknown} error
 */
export function missingPackage(error) {
	const failure = /** @type {{ code?: string, message?: string } | null} */ (error);
	if (failure?.code !== 'ERR_MODULE_NOT_FOUND') return undefined;
	return /Cannot find package '([^']+)'/u.exec(failure.message ?? '')?.[1];
}

/**
 * One line on stderr, prefixed with the launcher's name, and the exit: what a start mistake gets instead of a stack.
 * @param {string} line
 * @param {number} code
 * @returns {never}
 */
export function refuse(line, code) {
	process.stderr.write(`launch: ${line}\n`);
	process.exit(code);
}

/**
 * A word as a shell reads it back: as it is when it holds nothing the shell would split or expand, else in single
 * quotes (a project folder with a space, `/srv/my bot`). The same rule as `shellWord` in src/corpus/data-folder.ts,
 * which this plain JavaScript cannot import.
 * @param {string} word
 */
function shellWord(word) {
	return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A path as the reader can type it from where they are: relative inside the working folder, else absolute.
 * @param {string} path
 */
function shown(path) {
	const inside = relative(process.cwd(), path);
	return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? path.replace(/\/+$/u, '') : inside;
}

/** `, in <project folder>` for the command to run there, or nothing when it is the working folder. */
export function inProject() {
	const root = shown(ROOT);
	return root === '.' ? '' : `, in ${root}`;
}

/** The entry points npm's scripts run (`node scripts/launch.mjs <entry>` in package.json), for a mistyped one. */
function knownEntries() {
	try {
		/** @type {unknown} */
		const parsed = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
		const { scripts = {} } = /** @type {{ scripts?: Record<string, string> }} */ (parsed);
		return Object.values(scripts).flatMap((line) => /launch\.mjs (\S+\.ts)/u.exec(line)?.[1] ?? []);
	} catch {
		return [];
	}
}

/**
 * Refuses an entry the launcher cannot run, with the command to type: one that is not a .ts file (`src/main.js`, an
 * easy slip in a service's start line, was bundled and then looked for as `main.js.js`), or one that does not exist.
 * @param {string} given as typed
 * @param {string} entry its absolute path
 */
export function checkEntry(given, entry) {
	const asTs = given.replace(/\.(?:[cm]?js|tsx?)$/u, '') + '.ts';
	const tsPath = entryPath(asTs);
	if (!given.endsWith('.ts') && existsSync(tsPath)) {
		refuse(`the entry is the TypeScript file ${asTs}, not ${given}: node ${shellWord(shown(LAUNCHER))} ${asTs}`, 2);
	}
	if (given.endsWith('.ts') && existsSync(entry)) return;
	const entries = knownEntries();
	const where = entry === resolve(ROOT, given) ? shown(ROOT) : `${process.cwd()} and ${shown(ROOT)}`;
	refuse(
		`no entry file ${given} (looked in ${where})` +
			(entries.length > 0 ? `; the entries are ${entries.join(', ')}` : ''),
		2,
	);
}

/**
 * The entry's absolute path: from the working folder, as a shell reads a path; else, when it is not there, from the
 * project's folder, so that `node /srv/bot/scripts/launch.mjs src/main.ts` runs the same bot wherever it is started
 * (a process manager without a working folder starts it in /).
 * @param {string} given
 */
export function entryPath(given) {
	const here = resolve(given);
	if (isAbsolute(given) || existsSync(here)) return here;
	const inProject = resolve(ROOT, given);
	return existsSync(inProject) ? inProject : here;
}
