// @ts-check
/**
 * `npm run typecheck-and-lint`, what `npm test` runs for its typecheck and ESLint: both over one TypeScript program.
 * ESLint's type-aware rules need the program `tsc` builds, and built twice, in two processes, it cost about eleven
 * seconds of CPU in a cold `npm test` (tsc without its incremental build info). So the program is made once from
 * tsconfig.json; its diagnostics are what `tsc --noEmit` reports, and ESLint (eslint.config.js, as `eslint .` runs
 * it) lints with it. A file ESLint lints that tsconfig.json leaves out gets a program of its own with the same options.
 * `npm run typecheck` and `npm run lint:eslint` check the same things, one tool at a time. Plain JavaScript: it runs
 * no TypeScript of its own.
 */
import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
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
const program = ts.createProgram({
	rootNames: parsed.fileNames,
	options: parsed.options,
	projectReferences: parsed.projectReferences,
	configFileParsingDiagnostics: parsed.errors,
});

// 1. The typecheck: what `tsc --noEmit` reports (noEmit is set in tsconfig.json).
const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)];
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

// 2. ESLint, with the program's type information. A file it lints that tsconfig.json leaves out (eslint.config.js)
//    gets a program of its own, with the same options: what its project service would otherwise make, after building
//    the whole project a second time to find the file is not in it.
const inProgram = new Set(program.getSourceFiles().map((file) => resolve(file.fileName)));
const lintable = new ESLint();
const outside = [];
for (const file of sourceFiles(ROOT)) {
	if (!inProgram.has(file) && !(await lintable.isPathIgnored(file))) outside.push(file);
}
const programs = [program];
if (outside.length > 0) programs.push(ts.createProgram({ rootNames: outside, options: parsed.options }));
const eslint = new ESLint({
	overrideConfig: { languageOptions: { parserOptions: { projectService: false, programs } } },
});
const results = await eslint.lintFiles(['.']);
const lintErrors = results.reduce((sum, result) => sum + result.errorCount, 0);
const formatted = await (await eslint.loadFormatter('stylish')).format(results);
if (formatted) process.stdout.write(formatted);

process.stdout.write(
	`typecheck: ${typeErrors} error(s) in ${program.getRootFileNames().length} files; ` +
		`ESLint: ${lintErrors} error(s) in ${results.length} files\n`,
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

// As tsc and eslint do: a failure is an error, not a warning.
process.exitCode = typeErrors > 0 || lintErrors > 0 ? 1 : 0;
