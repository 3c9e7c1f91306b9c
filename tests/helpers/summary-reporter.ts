import { readFileSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** A file to write this run's counts to (for `npm test`, which runs the suite and the burst one after the other). */
export const COUNTS_OUT = 'TEST_COUNTS_OUT';
/** A file holding the counts of an earlier run of the same `npm test`, to add to this run's. */
export const COUNTS_IN = 'TEST_COUNTS_IN';

export interface Counts {
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

/** What `addCounts` reads of a test file: its tests' states, its own state and the errors outside any test. */
export interface CountedModule {
	children: { allTests(): Iterable<{ result(): { state: string } }>; allSuites(): Iterable<{ errors(): unknown[] }> };
	state(): string;
	errors(): unknown[];
}

/**
 * `counts` plus a run's tests, where a failure outside any test counts as a failure too: a file that failed without
 * a failed test (a `beforeAll` that timed out, an import that threw) counts each of its errors, at least one; an
 * error outside every file (`unhandled`) counts one each. Its tests, skipped for it, stay skipped. So the line never
 * says "0 failed" for a run that failed.
 */
export function addCounts(counts: Counts, modules: readonly CountedModule[], unhandled = 0): Counts {
	const out = { ...counts };
	for (const module of modules) {
		let failedTests = 0;
		for (const test of module.children.allTests()) {
			const state = test.result().state;
			if (state === 'passed') out.passed += 1;
			else if (state === 'failed') failedTests += 1;
			else out.skipped += 1;
		}
		const errors = [module, ...module.children.allSuites()].reduce((sum, part) => sum + part.errors().length, 0);
		out.failed += failedTests + (failedTests === 0 && module.state() === 'failed' ? Math.max(1, errors) : 0);
	}
	out.failed += unhandled;
	return out;
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

	onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly unknown[] = []): void {
		const counts = addCounts(earlierCounts(), testModules, unhandledErrors.length);
		const out = process.env[COUNTS_OUT];
		if (out) writeFileSync(out, JSON.stringify(counts));
		const times = [...this.#projects].map(([name, { first, last, files }], i) => {
			// The first project's time counts from vitest's start: the config and the global setup are part of its cost.
			const from = i === 0 ? this.#runStarted : first;
			return `${name}: ${seconds(last - from)} (${files} file${files === 1 ? '' : 's'})\n`;
		});
		// Under `npm test`, the suite's count is not the run's: the burst is still to come, and its line gives the total.
		const partial = out ? 'so far, before the burst: ' : '';
		process.stdout.write(
			`\n${times.join('')}${partial}${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
		);
	}
}
