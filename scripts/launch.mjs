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
// Synchronous file calls throughout: a start has nothing else to do meanwhile, and node:fs/promises (which no module of
// the console loads) would cost a start more to load than these calls take.
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	rmdirSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { checkEntry, entryPath, inProject, missingPackage, refuse } from './launch-entry.mjs';

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
function sizeAndTime(file) {
	const info = statSync(file);
	return /** @type {const} */ ([info.mtimeMs, info.size]);
}

/**
 * The manifest in a file, if it reads as one.
 * @param {string} manifestFile
 * @returns {Manifest | undefined}
 */
function readManifest(manifestFile) {
	try {
		/** @type {unknown} */
		const parsed = JSON.parse(readFileSync(manifestFile, 'utf8'));
		const manifest = /** @type {Partial<Manifest> | null} */ (parsed);
		const valid =
			typeof manifest?.entry === 'string' && typeof manifest.main === 'string' && Array.isArray(manifest.inputs);
		return valid ? /** @type {Manifest} */ (manifest) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The bundle recorded for this entry, if every file it was made from is unchanged. The files (some 800, most of them
 * the bundled packages') are looked at one after the other with `statSync`, stopping at the first change: each look is
 * a system call on a cached inode, cheaper than a promise and a thread-pool round trip apiece (a third of the CPU
 * time), and nothing else runs while a start waits for them.
 * @param {string} manifestFile
 * @returns {Manifest | undefined}
 */
function freshBundle(manifestFile) {
	const manifest = readManifest(manifestFile);
	if (!manifest) return undefined;
	try {
		for (const [file, mtimeMs, size] of manifest.inputs) {
			const now = statSync(file);
			if (now.mtimeMs !== mtimeMs || now.size !== size) return undefined;
		}
		statSync(manifest.main);
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
	const inputs = files.map((file) => /** @type {[string, number, number]} */ ([file, ...sizeAndTime(file)]));
	const main = join(dir, `${basename(entry, '.ts')}.js`);
	/** @type {Manifest} */
	const manifest = { entry, dir, main, inputs };
	// A file saved while esbuild read it may be in the bundle as it was before: use the bundle this once, but leave
	// the manifest alone so that the next start makes it again. (A file dated in the future is no such file.)
	const finished = Date.now();
	if (inputs.some(([, mtimeMs]) => mtimeMs >= started && mtimeMs <= finished)) return manifest;
	const temporary = `${manifestFile}.${process.pid}.tmp`;
	writeFileSync(temporary, JSON.stringify(manifest));
	renameSync(temporary, manifestFile);
	return manifest;
}

/**
 * Removes this entry's older bundles, but not the current one nor any made in the last `KEEP_OLD_MS`.
 * @param {string} home
 * @param {string} current
 */
function removeOldBundles(home, current) {
	const now = Date.now();
	for (const name of readdirSync(home)) {
		const dir = join(home, name);
		if (dir === current || name.endsWith('.json') || name.endsWith('.tmp')) continue;
		try {
			const info = statSync(dir);
			if (info.isDirectory() && now - info.mtimeMs > KEEP_OLD_MS) rmSync(dir, { recursive: true, force: true });
		} catch {
			// gone meanwhile (another start tidying), or not ours to remove
		}
	}
}

/**
 * Removes the cache folders of entry points that no longer exist (a copy of the project deleted, a checkout moved),
 * which nothing else would ever clean.
 */
function removeOrphans() {
	for (const name of readdirSync(CACHE)) {
		const home = join(CACHE, name);
		const manifest = readManifest(join(home, 'manifest.json'));
		if (manifest && !existsSync(manifest.entry)) rmSync(home, { recursive: true, force: true });
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
	const fresh = freshBundle(manifestFile);
	if (fresh) return pathToFileURL(fresh.main).href;
	try {
		mkdirSync(home, { recursive: true });
		const made = await makeBundle(entry, home, manifestFile);
		// Tidying is best effort: a bundle that works is used even if an old folder cannot be removed.
		for (const tidy of [() => removeOldBundles(home, made.dir), removeOrphans]) {
			try {
				tidy();
			} catch {
				// left for a later start
			}
		}
		return pathToFileURL(made.main).href;
	} catch (error) {
		// A folder made for a bundle that could not be made is left only if it holds something (an older bundle); so are
		// the folders above it, up to node_modules: before `npm ci`, a start leaves no node_modules behind.
		for (let dir = home; dir.startsWith(join(ROOT, 'node_modules')); dir = dirname(dir)) {
			try {
				rmdirSync(dir);
			} catch (/** @type {unknown} */ failure) {
				// Gone already: the folders above may still be empty. Not empty: they are not.
				if (/** @type {{ code?: string }} */ (failure).code !== 'ENOENT') break;
			}
		}
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

const [entryArg] = process.argv.splice(2, 1);
if (!entryArg) {
	process.stderr.write('usage: node scripts/launch.mjs <entry.ts> [arguments…]\n');
	process.exit(2);
}
const entry = entryPath(entryArg);
checkEntry(entryArg, entry);
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
