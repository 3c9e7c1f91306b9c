// @ts-check
/**
 * `node scripts/launch.mjs <entry.ts> [args…]` runs a TypeScript entry point (what `npm start` runs) from a bundle of
 * our own modules, made by esbuild and kept in `node_modules/.cache/conclusions-bot/launch/`. Through tsx, every start
 * transpiles and resolves some 150 modules one by one, which took longer than loading the index and answering; plain
 * node loads the bundle's few files instead. Plain JavaScript on purpose: it runs before any TypeScript can.
 *
 * - How a bundle is made is in `launch-bundle.mjs` (loaded only then): dependencies stay outside it but for a few small
 *   ones every command loads; each lazily imported module (a door) stays its own chunk, so the console never loads
 *   discord.js; and each module's `import.meta.url` is its source file's, so paths made from it are the same whether
 *   the sources run or the bundle does.
 * - A bundle is used only while every file it was made from (and the launcher's two files) has the size and
 *   modification time it had when the bundle was made; otherwise it is made again (about a quarter of a second).
 * - If it cannot be made (no esbuild, a full disk), the sources run through tsx, as before this launcher.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LAUNCHER = fileURLToPath(import.meta.url);
/** What makes a bundle (esbuild's options): loaded only when one is made. */
const BUNDLER = fileURLToPath(new URL('./launch-bundle.mjs', import.meta.url));
/** Under the repository's node_modules, whatever INDEX_CACHE_DIR says: the bundle's `import 'discord.js'` resolves from there. */
const CACHE = join(ROOT, 'node_modules', '.cache', 'conclusions-bot', 'launch');
/**
 * Bundles older than this that are not the current one are removed. Not at once: a process that read the manifest
 * just before it changed may still be loading the old one's chunks (every start loads them in its first seconds).
 */
const KEEP_OLD_MS = 2 * 60 * 1000;

/**
 * @typedef {{ entry: string, dir: string, main: string, inputs: [string, number, number][] }} Manifest
 * `inputs`: [absolute path, mtimeMs, size] of every file the bundle was made from.
 */

/** @param {string} file */
async function sizeAndTime(file) {
	const info = await stat(file);
	return /** @type {const} */ ([info.mtimeMs, info.size]);
}

/**
 * The manifest in a file, if it reads as one.
 * @param {string} manifestFile
 * @returns {Promise<Manifest | undefined>}
 */
async function readManifest(manifestFile) {
	try {
		/** @type {unknown} */
		const parsed = JSON.parse(await readFile(manifestFile, 'utf8'));
		const manifest = /** @type {Partial<Manifest> | null} */ (parsed);
		const valid =
			typeof manifest?.entry === 'string' && typeof manifest.main === 'string' && Array.isArray(manifest.inputs);
		return valid ? /** @type {Manifest} */ (manifest) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The bundle recorded for this entry, if every file it was made from is unchanged.
 * @param {string} manifestFile
 * @returns {Promise<Manifest | undefined>}
 */
async function freshBundle(manifestFile) {
	const manifest = await readManifest(manifestFile);
	if (!manifest) return undefined;
	try {
		const checks = await Promise.all(
			manifest.inputs.map(async ([file, mtimeMs, size]) => {
				const [nowMtime, nowSize] = await sizeAndTime(file);
				return nowMtime === mtimeMs && nowSize === size;
			}),
		);
		if (!checks.every(Boolean)) return undefined;
		await stat(manifest.main);
	} catch {
		// A file it was made from is gone, or the bundle is.
		return undefined;
	}
	return manifest;
}

/**
 * Bundles `entry` into a new folder, then points the manifest at it (renamed into place, so that a start running at
 * the same moment reads the old manifest or the new one, never half of one).
 * @param {string} entry absolute path of the .ts entry point
 * @param {string} home this entry's cache folder
 * @param {string} manifestFile
 * @returns {Promise<Manifest>}
 */
async function makeBundle(entry, home, manifestFile) {
	const { bundle } = await import('./launch-bundle.mjs');
	const started = Date.now();
	const dir = join(home, `${Date.now().toString(36)}-${process.pid}`);
	const made = await bundle(entry, dir);
	// esbuild names them relative to the working folder (npm runs scripts from the project's).
	const files = [...made.map((input) => resolve(input)), LAUNCHER, BUNDLER];
	const inputs = await Promise.all(
		files.map(async (file) => /** @type {[string, number, number]} */ ([file, ...(await sizeAndTime(file))])),
	);
	const main = join(dir, `${basename(entry, '.ts')}.js`);
	/** @type {Manifest} */
	const manifest = { entry, dir, main, inputs };
	// A file saved while esbuild read it may be in the bundle as it was before: use the bundle this once, but leave
	// the manifest alone so that the next start makes it again. (A file dated in the future is no such file.)
	const finished = Date.now();
	if (inputs.some(([, mtimeMs]) => mtimeMs >= started && mtimeMs <= finished)) return manifest;
	const temporary = `${manifestFile}.${process.pid}.tmp`;
	await writeFile(temporary, JSON.stringify(manifest));
	await rename(temporary, manifestFile);
	return manifest;
}

/**
 * Removes this entry's older bundles, but not the current one nor any made in the last `KEEP_OLD_MS`.
 * @param {string} home
 * @param {string} current
 */
async function removeOldBundles(home, current) {
	const now = Date.now();
	for (const name of await readdir(home)) {
		const dir = join(home, name);
		if (dir === current || name.endsWith('.json') || name.endsWith('.tmp')) continue;
		const info = await stat(dir).catch(() => undefined);
		if (info?.isDirectory() && now - info.mtimeMs > KEEP_OLD_MS) await rm(dir, { recursive: true, force: true });
	}
}

/**
 * Removes the cache folders of entry points that no longer exist (a copy of the project deleted, a checkout moved),
 * which nothing else would ever clean.
 */
async function removeOrphans() {
	for (const name of await readdir(CACHE)) {
		const home = join(CACHE, name);
		const manifest = await readManifest(join(home, 'manifest.json'));
		if (manifest && !(await stat(manifest.entry).catch(() => undefined)))
			await rm(home, { recursive: true, force: true });
	}
}

/**
 * One line on why a bundle could not be made: esbuild's first error (where and what: a syntax error, a folder it cannot
 * write to), not its summary ("Build failed with 50 errors"); otherwise the error's first line.
 * @param {unknown} error
 */
function reasonOf(error) {
	const failure = /** @type {{ errors?: { text: string, location?: { file: string, line: number } | null }[] }} */ (
		error
	);
	const first = failure?.errors?.[0];
	if (first) {
		const where = first.location ? `${first.location.file}:${first.location.line}: ` : '';
		const more = (failure.errors?.length ?? 1) > 1 ? ` (and ${(failure.errors?.length ?? 1) - 1} more)` : '';
		return `${where}${first.text}${more}`;
	}
	return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/**
 * The module to import for `entry`: the bundle's, made now if needed, or the source itself run through tsx.
 * @param {string} entry
 * @returns {Promise<string>} a file URL
 */
async function moduleFor(entry) {
	// One cache folder per entry file, named by its absolute path: a copy of the project whose node_modules is a link to
	// this one's keeps its own bundle rather than replacing this one's at every start.
	const home = join(
		CACHE,
		`${basename(entry, '.ts')}-${createHash('sha256').update(entry).digest('hex').slice(0, 12)}`,
	);
	const manifestFile = join(home, 'manifest.json');
	const fresh = await freshBundle(manifestFile);
	if (fresh) return pathToFileURL(fresh.main).href;
	try {
		await mkdir(home, { recursive: true });
		const made = await makeBundle(entry, home, manifestFile);
		await removeOldBundles(home, made.dir).catch(() => {});
		await removeOrphans().catch(() => {});
		return pathToFileURL(made.main).href;
	} catch (error) {
		// A folder made for a bundle that could not be made is left only if it holds something (an older bundle).
		await rmdir(home).catch(() => {});
		// Without esbuild nor tsx the packages are not installed (a fresh clone before `npm ci`): say that, alone.
		const tsx = await import('tsx/esm/api').catch((/** @type {unknown} */ missing) => {
			if (missingPackage(missing) === undefined) throw missing;
			return undefined;
		});
		if (!tsx) refuse(`the packages are not installed (no tsx, no esbuild) — run \`npm ci\` first${inProject()}`, 1);
		const reason = reasonOf(error);
		process.stderr.write(`(could not bundle ${relative(ROOT, entry)}: ${reason}; running the sources through tsx)\n`);
		tsx.register();
		return pathToFileURL(entry).href;
	}
}

/**
 * The package a module-not-found error names (`Cannot find package 'pino' imported from …`), or undefined for any
 * other error (a module of ours missing is a bug to show as it is).
 * @param {unknown} error
 */
function missingPackage(error) {
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
function refuse(line, code) {
	process.stderr.write(`launch: ${line}\n`);
	process.exit(code);
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
function inProject() {
	const root = shown(ROOT);
	return root === '.' ? '' : `, in ${root}`;
}

/** The entry points npm's scripts run (`node scripts/launch.mjs <entry>` in package.json), for a mistyped one. */
async function knownEntries() {
	try {
		/** @type {unknown} */
		const parsed = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
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
async function checkEntry(given, entry) {
	const asTs = given.replace(/\.(?:[cm]?js|tsx?)$/u, '') + '.ts';
	const tsPath = entryPath(asTs);
	if (!given.endsWith('.ts') && existsSync(tsPath)) {
		refuse(`the entry is the TypeScript file ${asTs}, not ${given}: node ${shown(LAUNCHER)} ${asTs}`, 2);
	}
	if (given.endsWith('.ts') && existsSync(entry)) return;
	const entries = await knownEntries();
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
function entryPath(given) {
	const here = resolve(given);
	if (isAbsolute(given) || existsSync(here)) return here;
	const inProject = resolve(ROOT, given);
	return existsSync(inProject) ? inProject : here;
}

const [entryArg] = process.argv.splice(2, 1);
if (!entryArg) {
	process.stderr.write('usage: node scripts/launch.mjs <entry.ts> [arguments…]\n');
	process.exit(2);
}
const entry = entryPath(entryArg);
await checkEntry(entryArg, entry);
// The entry sees the arguments it would have seen run directly: argv[1] is its own path.
process.argv[1] = entry;
const entryModule = await moduleFor(entry);
try {
	await import(entryModule);
} catch (error) {
	// A package that is not installed (node_modules from an older checkout, an interrupted `npm ci`): one line.
	const missing = missingPackage(error);
	if (missing === undefined) throw error;
	refuse(`the package ${missing} is not installed — run \`npm ci\` first${inProject()}`, 1);
}
