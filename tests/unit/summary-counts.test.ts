import { describe, expect, it } from 'vitest';
import { addCounts, type CountedModule } from '../helpers/summary-reporter.ts';

/** A test file as the summary reads it: its tests' states, its state, and errors outside its tests. */
function file(tests: string[], state: string, errors: unknown[] = [], suiteErrors: unknown[] = []): CountedModule {
	return {
		children: {
			allTests: () => tests.map((s) => ({ result: () => ({ state: s }) })),
			allSuites: () => [{ errors: () => suiteErrors }],
		},
		state: () => state,
		errors: () => errors,
	};
}

const none = { passed: 0, failed: 0, skipped: 0 };

describe('the summary’s counts', () => {
	it('count a file whose set-up hook failed (its tests skipped) as a failure, not "0 failed"', () => {
		const counts = addCounts(none, [
			file(['passed', 'passed'], 'passed'),
			file(['skipped'], 'failed', [], ['timeout']),
		]);
		expect(counts).toEqual({ passed: 2, failed: 1, skipped: 1 });
	});

	it('count a file that failed to load, with no test at all, and each error outside every file', () => {
		expect(addCounts(none, [file([], 'failed', ['SyntaxError'])], 2)).toEqual({ passed: 0, failed: 3, skipped: 0 });
	});

	it('count a file with failed tests by its tests, and add to the counts of an earlier run', () => {
		const earlier = { passed: 10, failed: 0, skipped: 1 };
		expect(addCounts(earlier, [file(['failed', 'passed'], 'failed', [], ['hook'])])).toEqual({
			passed: 11,
			failed: 1,
			skipped: 1,
		});
	});
});
