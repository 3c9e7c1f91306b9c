import { resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../../commands/index.ts';
import { BotCore } from '../core/bot-core.ts';
import { ensureWordVectorsSync } from '../search/embeddings.ts';
import { DEFAULT_INDEX_CACHE_DIR } from '../search/index-cache.ts';
import { runCli } from './cli-commands.ts';
import { exitQuietlyWhenStdoutCloses } from './stdout-closed.ts';

exitQuietlyWhenStdoutCloses();

loadDotenv({ quiet: true });
// The same corpus folder as the bot: DATA_DIR when set, else the bundled data/.
// Relative to where npm was started (npm runs scripts from the package folder).
const given = process.env.DATA_DIR?.trim();
const dataDir = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : undefined;

// Paraphrases are matched through word vectors, converted once per machine (about ten seconds, the first time).
ensureWordVectorsSync(DEFAULT_INDEX_CACHE_DIR);

process.exitCode = runCli(process.argv.slice(2), () => BotCore.load(commands, dataDir), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
});
