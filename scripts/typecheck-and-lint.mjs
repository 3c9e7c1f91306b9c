// @ts-check
/**
 * `npm run typecheck-and-lint`, what `npm test` runs for its typecheck and ESLint: both over one TypeScript program.
 * ESLint's type-aware rules need the program `tsc` builds, and built twice, in two processes, it cost about eleven
 * seconds of CPU in a cold `npm test` (tsc without its incremental build info). So the program is made once from
 * tsconfig.json; its diagnostics are what `tsc --noEmit` reports, and ESLint (eslint.config.js, as `eslint .` runs
 * it) lints with it. A file ESLint lints that tsconfig.json leaves out gets a program of its own with the same options.
 * `npm run typecheck` and `npm run lint:eslint` check the same things, one tool at a time. Plain JavaScript: it runs
 * no TypeScript of its own.
 *
 * Both keep what they found for the next run, in node_modules/.cache/conclusions-bot/typecheck-and-lint/: TypeScript
 * its build info (as `tsc --incremental`), ESLint each file's result under a key that covers every file its
 * type-aware rules can read (see below). Warm and unchanged, a run takes about 6 s of CPU instead of 31; after a
 * change, the changed files and the files that depend on them are checked again. Delete the folder to check
 * everything afresh.
 */
import { ESLint } from 'eslint';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LAUNCHED_AS = fileURLToPath(import.meta.url);
process.chdir(ROOT);

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
	throw new Error(message);
}

const parsed =
	ts.getParsedCommandLineOfConfigFile(
		'tsconfig.json',
		{},
		{
			...ts.sys,
			onUnRecoverableConfigFileDiagnostic: (d) => fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
		},
	) ?? fail('tsconfig.json could not be read');
const CACHE = join(ROOT, 'node_modules', '.cache', 'conclusions-bot', 'typecheck-and-lint');
const LINT_RESULTS = join(CACHE, 'eslint-results.json');
mkdirSync(CACHE, { recursive: true });

// An incremental program, as `tsc --incremental` makes, with its build info in our cache folder: the build info
// (each file's hash, the shape of its declarations, its diagnostics) tells TypeScript which files a change can have
// affected, and only those are checked again. The build info is TypeScript's own, as sound as `tsc --incremental`.
const incremental = { ...parsed.options, incremental: true, tsBuildInfoFile: join(CACHE, 'tsbuildinfo') };
const builder = ts.createIncrementalProgram({
	rootNames: parsed.fileNames,
	options: incremental,
	projectReferences: parsed.projectReferences,
	configFileParsingDiagnostics: parsed.errors,
	host: ts.createIncrementalCompilerHost(incremental),
});
const program = builder.getProgram();

// 1. The typecheck: what `tsc --noEmit` reports (noEmit is set in tsconfig.json).
const diagnostics = [
	...builder.getConfigFileParsingDiagnostics(),
	...builder.getOptionsDiagnostics(),
	...builder.getGlobalDiagnostics(),
	...builder.getSyntacticDiagnostics(),
	...builder.getSemanticDiagnostics(),
];
const host = {
	getCanonicalFileName: (/** @type {string} */ name) => name,
	getCurrentDirectory: () => ROOT,
	getNewLine: () => '\n',
};
if (diagnostics.length > 0) {
	const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
	process.stdout.write(`${format(diagnostics, host)}\n`);
}
const typeErrors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
builder.emit(); // noEmit: writes the build info alone

// 2. ESLint, with the program's type information. A file it lints that tsconfig.json leaves out (eslint.config.js)
//    gets a program of its own, with the same options: what its project service would otherwise make, after building
//    the whole project a second time to find the file is not in it.
//
//    A file's result is kept for the next run under a key made of everything the result can depend on: the file's
//    text, the text of every file it depends on (the transitive imports TypeScript follows, .d.ts files included),
//    every project file that declares something for all (a script, `declare global`, `declare module`), and the
//    tools (their versions and configurations, this script). ESLint's own cache keys a file by its text alone, which
//    is wrong for type-aware rules (a changed return type elsewhere makes `no-unsafe-*` fire here); this key is not.
//    A file whose key is unchanged is not linted again: its result is the last run's.
const toolsKey = sha256(
	[
		...['eslint.config.js', 'tsconfig.json', 'package-lock.json', LAUNCHED_AS].map((file) => readOr(file)),
		...['eslint', 'typescript', 'typescript-eslint', '@eslint/js'].map((name) =>
			readOr(`node_modules/${name}/package.json`),
		),
		process.version,
	].join('\0'),
);
/** @type {Map<string, string>} */
const textHashes = new Map();
/** @param {string} fileName */
const textHash = (fileName) => {
	let hash = textHashes.get(fileName);
	if (hash === undefined) {
		const source = program.getSourceFile(fileName);
		hash = sha256(source ? source.text : readOr(fileName));
		textHashes.set(fileName, hash);
	}
	return hash;
};
const projectFiles = program.getSourceFiles().filter((file) => !program.isSourceFileFromExternalLibrary(file));
const declaresForAll = projectFiles
	.filter((file) => !ts.isExternalModule(file) || file.statements.some((s) => ts.isModuleDeclaration(s)))
	.map((file) => `${relative(ROOT, file.fileName)} ${textHash(file.fileName)}`)
	.sort();
const commonKey = sha256([toolsKey, ...declaresForAll].join('\n'));
/** @param {string} file absolute path */
function lintKey(file) {
	const source = program.getSourceFile(file);
	const dependencies = source ? builder.getAllDependencies(source) : [file];
	const parts = [...new Set([file, ...dependencies])].map((name) => `${relative(ROOT, name)} ${textHash(name)}`);
	return sha256([commonKey, ...parts.sort()].join('\n'));
}

/** @type {Map<string, import('eslint').ESLint.LintResult>} */
const kept = new Map();
try {
	/** @type {unknown} */
	const saved = JSON.parse(readFileSync(LINT_RESULTS, 'utf8'));
	for (const [key, result] of Object.entries(/** @type {Record<string, import('eslint').ESLint.LintResult>} */ (saved)))
		kept.set(key, result);
} catch {
	// none yet, or unreadable: every file is linted
}

const inProgram = new Set(program.getSourceFiles().map((file) => resolve(file.fileName)));
const lintable = new ESLint();
/** @type {{ file: string, key: string }[]} */
const files = [];
for (const file of sourceFiles(ROOT)) {
	if (!(await lintable.isPathIgnored(file))) files.push({ file, key: lintKey(file) });
}
const toLint = files.filter(({ key }) => !kept.has(key)).map(({ file }) => file);
const outside = toLint.filter((file) => !inProgram.has(file));
const programs = [program];
if (outside.length > 0) programs.push(ts.createProgram({ rootNames: outside, options: parsed.options }));
const eslint = new ESLint({
	overrideConfig: { languageOptions: { parserOptions: { projectService: false, programs } } },
});
const fresh = new Map((toLint.length > 0 ? await eslint.lintFiles(toLint) : []).map((r) => [r.filePath, r]));
/** @type {Record<string, import('eslint').ESLint.LintResult>} */
const saving = {};
const results = files.map(({ file, key }) => {
	const result = fresh.get(file) ?? kept.get(key);
	if (!result) throw new Error(`typecheck-and-lint: ESLint gave no result for ${file}`);
	saving[key] = result;
	return result;
});
const lintErrors = results.reduce((sum, result) => sum + result.errorCount, 0);
const formatted = await (await eslint.loadFormatter('stylish')).format(results);
if (formatted) process.stdout.write(formatted);
// Written whole, then renamed into place: a run stopped halfway leaves the last run's results.
const saved = `${LINT_RESULTS}.${process.pid}`;
writeFileSync(saved, JSON.stringify(saving));
renameSync(saved, LINT_RESULTS);

process.stdout.write(
	`typecheck: ${typeErrors} error(s) in ${program.getRootFileNames().length} files; ` +
		`ESLint: ${lintErrors} error(s) in ${results.length} files (${toLint.length} linted, the others unchanged)\n`,
);

/**
 * Files ESLint could lint under `dir` (by their extension), but for node_modules and .git, which it never lints.
 * @param {string} dir
 * @returns {Generator<string>}
 */
function* sourceFiles(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'node_modules' && entry.name !== '.git') yield* sourceFiles(path);
		} else if (/\.[cm]?[jt]sx?$/.test(entry.name)) {
			yield resolve(path);
		}
	}
}

/** @param {string | Buffer} data */
function sha256(data) {
	return createHash('sha256').update(data).digest('hex');
}

/**
 * A file's text, or '' if there is none.
 * @param {string} file
 */
function readOr(file) {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

// As tsc and eslint do: a failure is an error, not a warning.
process.exitCode = typeErrors > 0 || lintErrors > 0 ? 1 : 0;
