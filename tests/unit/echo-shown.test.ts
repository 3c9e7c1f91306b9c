import { describe, expect, it } from 'vitest';
import { conclusions } from '../../commands/conclusions.ts';
import { runCli } from '../../src/console/cli-commands.ts';
import { typedLine } from '../../src/console/printable.ts';
import { Cooldown } from '../../src/core/cooldown.ts';
import { firstResponse } from '../../src/render/reply.ts';
import { echo } from '../../src/render/search-reply.ts';
import { indexOf, requester, seedCore, seedCorpus } from '../helpers/corpus.ts';

/** Made up, of a bot token's shape: never a real one. */
const TOKEN = 'MTI4NTk0NzM2MjExMDk4NjI0Mg.GhAbCd.q1w2e3r4t5y6u7i8o9p0asdfghjklzxcvbnm12';

describe('what a reply repeats of a query', () => {
	it('shows the words, without control or direction characters', () => {
		expect(echo('\u001b[31mred\u001b[0m terrorism')).toBe('“[31mred[0m terrorism”');
		expect(echo('terrorism \u202Emsilaretalitlum')).toBe('“terrorism msilaretalitlum”');
		expect(echo('a \u2067b\u2069 c')).toBe('“a b c”');
	});

	it('never repeats a bot token pasted by mistake, in any part of the reply', () => {
		const context = {
			corpus: seedCorpus(),
			index: indexOf(seedCorpus()),
			requester: requester('en-US'),
			cooldown: Cooldown.off(),
		};
		for (const query of [TOKEN, `${TOKEN} terrorism`, `terrorism ${TOKEN}`]) {
			const reply = JSON.stringify(firstResponse(conclusions.execute({ query }, context)));
			expect(reply).not.toContain(TOKEN.slice(0, 20));
			expect(reply).not.toContain(TOKEN.slice(-20));
		}
	});
});

describe('the console and the CLI', () => {
	it('never repeat a bot token typed by mistake: the console’s echo of a piped line, the CLI’s JSON query', () => {
		expect(typedLine(`/conclusions ${TOKEN}`)).toBe('/conclusions •••');
		let stdout = '';
		runCli(['search', TOKEN, '--json'], seedCore, { stdout: (t) => (stdout += t), stderr: () => {} });
		expect((JSON.parse(stdout) as { query: string }).query).toBe('•••');
	});
});
