import { exitQuietlyWhenStdoutCloses } from '../console/stdout-closed.ts';
import { loadEnvironment } from '../environment.ts';
import { runImport } from './import-command.ts';

// The entry point of `npm run import`; `runImport` lives in its own module so tests can import it without running it.
// (An "am I the entry point?" check comparing import.meta.url with argv[1] fails in a path with a space.)
exitQuietlyWhenStdoutCloses();
loadEnvironment();
process.exitCode = await runImport(process.argv.slice(2), process.env, {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
});
