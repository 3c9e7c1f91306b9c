import { commands } from '../../commands/index.ts';
import { BotCore } from '../core/bot-core.ts';
import { runCli } from './cli-commands.ts';
import { exitQuietlyWhenStdoutCloses } from './stdout-closed.ts';

exitQuietlyWhenStdoutCloses();

process.exitCode = runCli(process.argv.slice(2), () => BotCore.load(commands), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
});
