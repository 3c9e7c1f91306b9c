import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GrowthSample } from './growth-child.ts';
import { writeGrowthCorpus } from './sotu-corpus.ts';
import { check, round, type Check, type Summary } from './stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./growth-child.ts', import.meta.url));

/** The sizes of the curve, in paragraphs. */
export const GROWTH_SIZES = [1_000, 10_000, 30_000, 100_000];

/** How a measure grows with the corpus: the exponent k in measure ∝ paragraphs^k, between two sizes. */
export interface Growth {
	measure: string;
	exponent: number;
}

export interface GrowthResult {
	rows: GrowthSample[];
	/** Between the smallest and the largest size. */
	growth: Growth[];
	checks: Check[];
}

/** Runs one size in its own process (its own memory) and returns what it printed. Never leaves the child behind. */
async function measureSize(dir: string, rounds: number): Promise<GrowthSample> {
	const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, dir, String(rounds)], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
	try {
		const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
		if (code !== 0) throw new Error(`bench: the growth child exited with ${code}:\n${stderr}`);
		return JSON.parse(stdout) as GrowthSample;
	} finally {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
	}
}

const exponent = (a: number, b: number, na: number, nb: number) => Math.log(b / a) / Math.log(nb / na);

/** The growth exponents of the curve's measures between its first and last sizes. */
export function growthOf(rows: readonly GrowthSample[]): Growth[] {
	const first = rows[0];
	const last = rows.at(-1);
	if (!first || !last || first === last) return [];
	const measures: [string, (s: GrowthSample) => number][] = [
		['index build time', (s) => s.buildMs],
		['snapshot load time', (s) => s.cacheLoadMs],
		['corpus load time', (s) => s.loadMs],
		['search p50', (s) => s.search.p50],
		['search p99', (s) => s.search.p99],
		['scan p50', (s) => s.scan.p50],
		['autocomplete first answer p50', (s) => s.autocomplete.p50],
		['autocomplete first answer p99', (s) => s.autocomplete.p99],
		['RSS growth', (s) => s.rssGrowthMb],
		['heap growth', (s) => s.heapGrowthMb],
	];
	return measures.map(([measure, of]) => ({
		measure,
		exponent: round(exponent(of(first), of(last), first.paragraphs, last.paragraphs), 2),
	}));
}

const ratio = (a: Summary, b: Summary) => a.p99 / b.p50;

/**
 * The growth curve: a corpus of each size from the same public-domain source (paragraphs of one length; past the
 * source's end, further passes with the sentences shuffled), each measured in its own process.
 */
export async function benchGrowth(
	sizes: readonly number[],
	rounds: number,
	log: (text: string) => void,
): Promise<GrowthResult> {
	const rows: GrowthSample[] = [];
	for (const size of sizes) {
		log(`growth curve: ${size} paragraphs…`);
		const corpus = writeGrowthCorpus(size);
		try {
			rows.push(await measureSize(corpus.dir, rounds));
		} finally {
			rmSync(corpus.dir, { recursive: true, force: true });
		}
	}
	const largest = rows.at(-1);
	return {
		rows,
		growth: growthOf(rows),
		checks: largest
			? [
					check(
						`search at ${largest.paragraphs} ¶: search p99 / scan p50`,
						ratio(largest.search, largest.scan),
						2,
						'max',
					),
				]
			: [],
	};
}
