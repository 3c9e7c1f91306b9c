import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Bursts that need the machine to themselves, one file at a time, after everything else: the burst under CPU hogs (so
 * that its hogs slow no other test file), and a burst of late interactions that Discord is slow to take, whose
 * deferrals have ~150 ms in hand by design (the old code failed by less): beside the suite's other files, the stand-in
 * in its process read some of them late (10062) about one run in four with 4 workers. Two more files time answers
 * against Discord's 3 s window in the process that also runs the bot, so a worker the machine leaves waiting is late
 * however fast the bot is: 24 and 40 first responses Discord takes slowly, and 1,500 malformed interactions each
 * answered within 3 s. Beside the suite, with two CPU hogs added, each lost one case about one run in five (the bot's
 * own work for each is a few milliseconds).
 */
const BURST = [
	'tests/hostile/load.test.ts',
	'tests/e2e/deferred-work-turn.test.ts',
	'tests/e2e/slow-first-responses.test.ts',
	'tests/hostile/malformed.test.ts',
];

export default defineConfig({
	test: {
		// Converts the word vectors once per run, before any file (see the file).
		globalSetup: ['./tests/helpers/global-setup.ts'],
		// Shares the related-words tables a worker makes with the others (see the file).
		setupFiles: ['./tests/helpers/share-tables.ts'],
		// A test that makes a corpus's search tables on its first search (a second or two of CPU) or starts a bot can
		// take ten times as long on a machine busy with other work (load 15–30 was seen): the limit is for a hang, not a
		// speed check (speeds are the benchmarks'), so it leaves that room.
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// A poll waits on the bot answering (a log line, a count): its default second is a busy machine's ordinary delay,
		// not a failure. The tests' own timeout still bounds it.
		expect: { poll: { timeout: 15_000 } },
		// Transformed modules kept in node_modules/.experimental-vitest-cache between runs (keyed by each file's content),
		// instead of each worker of each run transforming src/ and the tests again.
		experimental: { fsModuleCache: true },
		reporters: ['default', './tests/helpers/summary-reporter.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'suite',
					include: ['tests/**/*.test.ts'],
					exclude: BURST,
					sequence: { groupOrder: 0 },
					// Vitest's default on 2 cores is one worker, which leaves a core idle whenever a file waits on a
					// spawned bot, a socket or a delay Discord imposes (a retry-after, a late delivery, a sleeping stall).
					// Two workers more than the cores keep them busy through those waits: on 2 quiet cores everything but
					// the burst took 70–75 s with 3 workers, 57–62 s with 4 and 55–61 s with 5 (each worker loads src/ and
					// its corpora once, and more workers make the window tests' machine busier). Each worker is its own
					// process (the default `forks` pool), so a spawned bot's process group and `process.on('exit')`
					// behave as in a plain Node process.
					maxWorkers: availableParallelism() + 2,
					// The files share one module graph per worker instead of loading src/ (and discord.js for the
					// gateway files) again for every file: no file mocks a module, changes a module's state or leaves
					// process.env changed (environment.test.ts restores it), and the corpora and indexes the files
					// share are never mutated (see tests/helpers/corpus.ts). `--isolate` on the command line turns
					// isolation back on to rule it out when a failure looks order-dependent.
					isolate: false,
				},
			},
			{
				extends: true,
				test: {
					name: 'burst',
					include: BURST,
					fileParallelism: false,
					// Groups run from the lowest order up: this one once the suite is done.
					sequence: { groupOrder: 1 },
				},
			},
		],
	},
});
