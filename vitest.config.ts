import { defineConfig } from 'vitest/config';

/** The burst under CPU hogs: alone, after everything else, so that its hogs slow no other test file. */
const BURST = ['tests/hostile/load.test.ts'];

export default defineConfig({
	test: {
		// Converts the word vectors once per run, before any file (see the file).
		globalSetup: ['./tests/helpers/global-setup.ts'],
		testTimeout: 20_000,
		hookTimeout: 20_000,
		reporters: ['default', './tests/helpers/summary-reporter.ts'],
		projects: [
			{
				extends: true,
				test: { name: 'suite', include: ['tests/**/*.test.ts'], exclude: BURST, sequence: { groupOrder: 0 } },
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
