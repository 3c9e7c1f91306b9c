/** Where the CLI writes: stdout carries the answer (only JSON with `--json`), stderr notes, warnings and usage. */
export interface CliOutput {
	stdout(text: string): void;
	stderr(text: string): void;
}
