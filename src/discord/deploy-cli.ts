import { loadEnvironment } from '../environment.ts';
import { runDeploy } from './deploy-command.ts';

// The entry point of `npm run deploy`; `runDeploy` lives in its own module so tests can import it without running it.
loadEnvironment();
process.exitCode = await runDeploy(process.argv.slice(2), process.env, {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text),
});
