import { runImport } from '../../src/import/import-command.ts';

/**
 * `npm run import <argv…>` on the data folder `dataDir`, run in this process: its exit code and what it printed, on
 * each stream and (`all`) both in the order written, as a terminal shows them.
 */
export async function importCli(
	argv: readonly string[],
	dataDir: string,
): Promise<{ code: number; stdout: string; stderr: string; all: string }> {
	let stdout = '';
	let stderr = '';
	let all = '';
	const code = await runImport(
		[...argv],
		{ DATA_DIR: dataDir },
		{
			stdout: (t) => {
				stdout += t;
				all += t;
			},
			stderr: (t) => {
				stderr += t;
				all += t;
			},
		},
	);
	return { code, stdout, stderr, all };
}
