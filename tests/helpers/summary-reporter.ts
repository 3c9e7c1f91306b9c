import type { Reporter, TestModule } from 'vitest/node';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Ends the run with the time each project took (the suite, then the burst under CPU hogs, which runs alone after it),
 * then the plain line `N passed, N failed, N skipped`, which CI tooling reads whatever the runner is. Under `npm test`
 * (scripts/test.ts) the suite's line also says how long after the start of `npm test` it ended: with the checks that
 * run beside it, that is the time of everything but the burst.
 */
export default class SummaryReporter implements Reporter {
	/** Made when vitest starts, before the global setup. */
	readonly #runStarted = performance.now();
	/** Per project: when its first file started and its last file ended. */
	readonly #projects = new Map<string, { first: number; last: number; files: number }>();

	onTestModuleStart(module: TestModule): void {
		const name = module.project.name;
		const now = performance.now();
		const project = this.#projects.get(name) ?? { first: now, last: now, files: 0 };
		project.files += 1;
		this.#projects.set(name, project);
	}

	onTestModuleEnd(module: TestModule): void {
		const project = this.#projects.get(module.project.name);
		if (project) project.last = performance.now();
	}

	onTestRunEnd(testModules: readonly TestModule[]): void {
		const counts = { passed: 0, failed: 0, skipped: 0 };
		for (const module of testModules) {
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') counts.passed += 1;
				else if (state === 'failed') counts.failed += 1;
				else counts.skipped += 1;
			}
		}
		const npmTestStarted = Number(process.env.NPM_TEST_STARTED_AT);
		const lines = [...this.#projects].map(([name, { first, last, files }]) => {
			// The suite's time counts from vitest's start: loading the config and the global setup are part of its cost.
			const from = name === 'burst' ? first : this.#runStarted;
			const sinceNpmTest = Number.isFinite(npmTestStarted)
				? `, ended ${seconds(Date.now() - npmTestStarted - (performance.now() - last))} after npm test started`
				: '';
			return `${name}: ${seconds(last - from)} (${files} file${files === 1 ? '' : 's'})${name === 'burst' ? '' : sinceNpmTest}`;
		});
		process.stdout.write(
			`\n${lines.join('\n')}\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
		);
	}
}
