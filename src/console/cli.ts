import { resolve } from 'node:path';
import { commands } from '../../commands/index.ts';
import { loadBotCore } from '../core/load-bot-core.ts';
import { dataDirLoadFailure, dataDirProblem } from '../data-dir.ts';
import { loadEnvironment } from '../environment.ts';
import { ensureWordVectorsSync } from '../search/embeddings.ts';
import { DEFAULT_INDEX_CACHE_DIR, IndexCache } from '../search/index-cache.ts';
import { indexCacheDir } from '../config.ts';
import { runCli } from './cli-commands.ts';
import { exitQuietlyWhenStdoutCloses } from './stdout-closed.ts';

exitQuietlyWhenStdoutCloses();

loadEnvironment();
// The same corpus folder as the bot: DATA_DIR when set, else the bundled data/.
// Relative to where npm was started (npm runs scripts from the package folder).
const given = process.env.DATA_DIR?.trim();
const dataDir = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : undefined;

// A DATA_DIR that names no folder: the line `npm start` prints for it, not the file error loading would end with.
const dataDirWrong = dataDir === undefined ? undefined : dataDirProblem(dataDir);
if (dataDirWrong) {
	process.stderr.write(`cli: ${dataDirWrong}\n`);
	process.exit(1);
}

// Paraphrases are matched through word vectors, converted once per machine (about ten seconds, the first time).
ensureWordVectorsSync(DEFAULT_INDEX_CACHE_DIR);

// The bot's cache folder (INDEX_CACHE_DIR): the corpus, the index and the search tables are read back from it, so
// that a run after the first (or after the bot's start) answers at once instead of making them again.
const problems: string[] = [];
const cacheDir = indexCacheDir(process.env, problems);
for (const problem of problems) process.stderr.write(`cli: ${problem}\n`);

try {
	process.exitCode = runCli(
		process.argv.slice(2),
		() => loadBotCore(commands, dataDir, { cacheDir, indexCache: new IndexCache(cacheDir) }),
		{
			stdout: (text) => process.stdout.write(text),
			stderr: (text) => process.stderr.write(text),
		},
		process.env,
		dataDir,
	);
} catch (error) {
	// A folder that cannot be loaded (a document without its metadata, a bad .json): one line naming it, no stack;
	// for DATA_DIR, the line `npm start` prints.
	const line =
		dataDir === undefined
			? `cli: the bundled data/ could not be loaded: ${(error as Error).message}`
			: dataDirLoadFailure(dataDir, error);
	process.stderr.write(`${line}\n`);
	process.exitCode = 1;
}
