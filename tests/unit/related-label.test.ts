import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/console/cli-commands.ts';
import { seedCore } from '../helpers/corpus.ts';

const cliText = (argv: string[]) => {
	let stdout = '';
	runCli(argv, seedCore, { stdout: (t) => (stdout += t), stderr: () => {} });
	return stdout;
};

/** A dead end's closest paragraphs, in the CLI (Discord's reply: see render.test.ts). */
describe('the label of related paragraphs', () => {
	it('labels related paragraphs in the CLI by whether they have some of the words typed', () => {
		expect(cliText(['search', 'Iraq'])).toContain('Related paragraphs (none of them has the words typed):');
		expect(cliText(['search', 'terrorism', 'in', 'space', 'zebra'])).toContain(
			'Related paragraphs (none of them has all the words typed):',
		);
	});
});
