import { readFileSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** A file to write this run's counts to (for `npm test`, which runs the suite and the burst one after the other). */
export const COUNTS_OUT = 'TEST_COUNTS_OUT';
/** A file holding the counts of an earlier run of the same `npm test`, to add to this run's. */
export const COUNTS_IN = 'TEST_COUNTS_IN';

interface Counts {
	passed: number;
	failed: number;
	skipped: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The counts written by an earlier run, or none. */
function earlierCounts(): Counts {
	const file = process.env[COUNTS_IN];
	if (!file) return { passed: 0, failed: 0, skipped: 0 };
	return JSON.parse(readFileSync(file, 'utf8')) as Counts;
}

/**
 * Ends the run with the time each project took (the suite, the burst under CPU hogs), then the plain line
 * `N passed, N failed, N skipped`, which CI tooling reads whatever the runner is. Under `npm test` (scripts/test.ts),
 * which runs the suite and then the burst, the last line counts both.
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
		const counts = earlierCounts();
		for (const module of testModules) {
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') counts.passed += 1;
				else if (state === 'failed') counts.failed += 1;
				else counts.skipped += 1;
			}
		}
		const out = process.env[COUNTS_OUT];
		if (out) writeFileSync(out, JSON.stringify(counts));
		const times = [...this.#projects].map(([name, { first, last, files }], i) => {
			// The first project's time counts from vitest's start: the config and the global setup are part of its cost.
			const from = i === 0 ? this.#runStarted : first;
			return `${name}: ${seconds(last - from)} (${files} file${files === 1 ? '' : 's'})\n`;
		});
		process.stdout.write(
			`\n${times.join('')}${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
		);
	}
}
