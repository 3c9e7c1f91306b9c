import { resolve } from 'node:path';
import { HelpWanted, readArgs, type CliOptions } from '../console/cli-args.ts';
import { DEFAULT_DATA_DIR, loadCorpus } from '../corpus/load-corpus.ts';
import { onDataDir } from '../command-to-type.ts';
import { tokenPasted } from '../config-echo.ts';
import { allThemes, dataNotes, dataProblems, repeatedLineIssues } from './data-check.ts';
import { ImportError, importDocument } from './import-document.ts';
import { readNpmFlags, type NpmFlag, type WordsFit } from '../npm-flags.ts';
import { existsSync } from 'node:fs';

export const USAGE = `usage:
  npm run import -- <file.txt|file.md|file.html|file.pdf> [--slug <slug>] [--symbol <symbol>] [--title <title>]
                    [--short-title <title>] [--publisher <organisation>] [--date YYYY-MM-DD] [--place <city>]
                    [--url <source URL>] [--force]
  npm run import -- --check
Writes documents/<slug>.txt and <slug>.json into DATA_DIR (default: the bundled data/), then previews the
paragraphs and lists every problem. --check runs the data check on the whole folder.`;

export interface ImportIo {
	stdout(text: string): void;
	stderr(text: string): void;
}

/** `npm run import -- --check`: 0 when every paragraph has a theme and every numbering runs, else 1. */
function check(dataDir: string, io: ImportIo): number {
	let corpus;
	try {
		corpus = loadCorpus(dataDir);
	} catch (error) {
		// A folder that does not load (a bad date, a missing file) fails the check with its message, not a stack.
		if (!(error as Error).message.startsWith('corpus:')) throw error;
		io.stderr(`data check: ${dataDir} does not load:\n${(error as Error).message}\n`);
		return 1;
	}
	const problems = [...dataProblems(corpus, allThemes(dataDir)), ...repeatedLineIssues(corpus, dataDir)];
	// An extract's numbers that jump as it prints them are said, and fail nothing.
	const jumps = dataNotes(corpus);
	if (jumps.length > 0) {
		io.stdout(
			`numbers that jump as an extract prints them (nothing to fix):\n${jumps.map((j) => `  - ${j}`).join('\n')}\n`,
		);
	}
	if (problems.length > 0) {
		io.stderr(
			`data check: ${problemsWord(problems.length)} in ${dataDir}\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
		);
		return 1;
	}
	io.stdout(
		`data check passed: ${counted(corpus.documents.length, 'document')}, ${counted(corpus.paragraphs.length, 'paragraph')}, ` +
			`every paragraph has a theme and every numbering runs without gaps${jumps.length > 0 ? ' but those said above' : ''}.\n`,
	);
	return 0;
}

/** "1 problem", "3 problems"; "1 document", "4 documents". */
const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const problemsWord = (count: number) => counted(count, 'problem');

/**
 * What the problems an import lists stand in the way of: `npm test` checks the bundled folder only; in a folder of
 * one's own they are what the data check reports, and the bot starts with them, naming them in its log.
 */
function problemsHeading(dataDir: string): string {
	if (resolve(dataDir) === resolve(DEFAULT_DATA_DIR)) return 'to fix before `npm test` passes';
	return (
		`to fix before the data check passes on this folder (\`${onDataDir('npm run import -- --check', dataDir)}\`; ` +
		'the bot starts with them, and names paragraphs without a theme in its log)'
	);
}

const OPTIONS = {
	slug: { type: 'string' },
	symbol: { type: 'string' },
	title: { type: 'string' },
	'short-title': { type: 'string' },
	publisher: { type: 'string' },
	date: { type: 'string' },
	place: { type: 'string' },
	url: { type: 'string' },
	force: { type: 'boolean' },
	check: { type: 'boolean' },
	help: { type: 'boolean' },
} satisfies CliOptions;

/** The options, for `npm run import` typed without `--` (see `readNpmFlags`). */
const NPM_FLAGS: NpmFlag[] = Object.entries(OPTIONS).flatMap(([name, { type }]) =>
	name === 'help'
		? []
		: [{ name, when: name === 'check' ? ('read' as const) : ('refuse' as const), takesValue: type === 'string' }],
);

/**
 * How the words left fit an import, for finding which word npm passed on was a flag's value: one file, best one that
 * is there (from where npm was started); none, for `--check`.
 */
const importWords =
	(here: string): WordsFit =>
	(words) => {
		if (words.length > 1) return 'no';
		const [file] = words;
		return file !== undefined && existsSync(resolve(here, file)) ? 'yes' : 'maybe';
	};

/** `npm run import`: returns the exit code (2 for bad arguments, 1 when the import or the check fails). */
export async function runImport(typedArgv: string[], env: NodeJS.ProcessEnv, io: ImportIo): Promise<number> {
	// `npm run import file --title x` (no `--`): npm keeps the flag and passes `x` on as a word; only --check is safe to
	// read anyway (it writes nothing).
	// npm runs scripts from the package folder; relative paths are the user's, from where npm was started.
	const here = env.INIT_CWD ?? process.cwd();
	const npm = readNpmFlags('import', typedArgv, env, NPM_FLAGS, { words: importWords(here) });
	if (npm.kind === 'refuse') {
		io.stderr(`${npm.message}\n`);
		return 2;
	}
	for (const note of npm.notes) io.stderr(`${note}\n`);
	const { argv } = npm;
	let values;
	let positionals;
	try {
		// The console's reader: an unknown `--symbl` gets "did you mean --symbol?" and the list of options.
		({ values, words: positionals } = readArgs('import', argv, OPTIONS));
	} catch (error) {
		if (error instanceof HelpWanted) {
			io.stdout(`${USAGE}\n`);
			return 0;
		}
		const message = (error as Error).message;
		io.stderr(`${message.startsWith('import ') ? message : `import: ${message}`}\n${USAGE}\n`);
		return 2;
	}
	const text = (name: keyof typeof OPTIONS) => {
		const value = values[name];
		return typeof value === 'string' ? value : undefined;
	};
	if (values.help) {
		io.stdout(`${USAGE}\n`);
		return 0;
	}
	const dataDir = env.DATA_DIR?.trim() ? resolve(here, env.DATA_DIR.trim()) : DEFAULT_DATA_DIR;
	// Every later line names the folder: a token pasted there is refused before any does.
	const pasted = tokenPasted('DATA_DIR', dataDir, env);
	if (pasted !== undefined) {
		io.stderr(`import: ${pasted}\n`);
		return 1;
	}
	if (values.check) return check(dataDir, io);
	const [file] = positionals;
	if (file === undefined || positionals.length > 1) {
		io.stderr(`${file === undefined ? 'import needs a file' : 'import takes one file'}\n${USAGE}\n`);
		return 2;
	}
	try {
		const result = await importDocument({
			file: resolve(here, file),
			dataDir,
			slug: text('slug'),
			symbol: text('symbol'),
			title: text('title'),
			shortTitle: text('short-title'),
			publisher: text('publisher'),
			date: text('date'),
			place: text('place'),
			url: text('url'),
			force: values.force === true,
		});
		io.stdout(`Wrote ${result.files.join(' and ')}.\n`);
		for (const note of result.notes) io.stdout(`  (${note})\n`);
		io.stdout(`\n${result.preview.join('\n')}\n`);
		if (result.problems.length > 0) {
			io.stdout(`\n${problemsWord(result.problems.length)} ${problemsHeading(dataDir)}:\n`);
			io.stdout(`${result.problems.map((p) => `  - ${p}`).join('\n')}\n`);
		} else {
			io.stdout('\nNo problem found.\n');
		}
		// With a second document the commands gain their `document` option; later ones only add to its choices. The
		// two are named: a folder copied whole from the bundled one holds its document too, which may be a surprise.
		io.stdout(
			result.documents === 2
				? `\nThe bot reads documents at start: restart it. The folder now holds two documents ` +
						`(${result.symbols.join(' and ')}): run \`${onDataDir('npm run deploy', dataDir)}\` again so the commands get their ` +
						'`document` option.\n'
				: '\nThe bot reads documents at start: restart it.\n',
		);
		return 0;
	} catch (error) {
		if (!(error instanceof ImportError) && !(error as Error).message.startsWith('corpus:')) throw error;
		io.stderr(`${(error as Error).message}\n`);
		return 1;
	}
}
