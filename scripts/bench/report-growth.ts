import type { GrowthResult } from './growth-bench.ts';
import { ms, pair } from './report-latency.ts';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The growth curve, one row per size: header row first. */
export function growthTable({ rows }: GrowthResult): string[][] {
	return [
		[
			'paragraphs',
			'text (MB)',
			'load (ms)',
			'load from snapshot (ms)',
			'index build (ms)',
			'index from snapshot (ms)',
			'search p50 / p99 (ms)',
			'scan p50 / p99 (ms)',
			'search p99 ÷ scan p50',
			'autocomplete first p50 / p99 (ms)',
			'RSS (MB)',
			'RSS growth ÷ text',
			'heap growth ÷ text',
		],
		...rows.map((r) => [
			String(r.paragraphs),
			mb(r.textBytes),
			ms(r.loadMs),
			ms(r.corpusCacheLoadMs),
			ms(r.buildMs),
			`${ms(r.cacheLoadMs)} (${r.snapshotMb} MB)`,
			pair(r.search),
			pair(r.scan),
			(r.search.p99 / r.scan.p50).toFixed(2),
			pair(r.autocomplete),
			`${r.rssMb.toFixed(0)} (+${r.rssGrowthMb.toFixed(0)})`,
			(r.rssGrowthMb / (r.textBytes / 1024 / 1024)).toFixed(1),
			(r.heapGrowthMb / (r.textBytes / 1024 / 1024)).toFixed(1),
		]),
	];
}

/** "linearly", "sublinearly", … for an exponent k of measure ∝ n^k. */
function manner(k: number): string {
	if (k < 0.2) return 'hardly at all';
	if (k < 0.8) return 'sublinearly';
	if (k <= 1.2) return 'about linearly';
	return 'faster than linearly';
}

/** What grows with what, read from the exponents of this run (measure ∝ paragraphs^k). */
export function growthReading(result: GrowthResult): string[] {
	const first = result.rows[0];
	const last = result.rows.at(-1);
	if (!first || !last || first === last) return [];
	const k = (measure: string) => result.growth.find((g) => g.measure === measure)?.exponent ?? Number.NaN;
	const say = (measure: string) => `${manner(k(measure))} (k = ${k(measure)})`;
	const span = `from ${first.paragraphs} to ${last.paragraphs} paragraphs`;
	return [
		`Each measure m is read as m ∝ n^k ${span} (n paragraphs of one length, so n also counts the text).`,
		'',
		`- **Index build** grows ${say('index build time')}: MiniSearch adds each token once, so the build follows ` +
			`the text; corpus loading (reading, parsing, assigning themes) grows ${say('corpus load time')}, and ` +
			`${ms(last.corpusCacheLoadMs)} ms instead of ${ms(last.loadMs)} ms at ${last.paragraphs} ¶ when what it ` +
			`works out is read from its snapshot (the files are still read and hashed). Loading the index's snapshot ` +
			`instead of building grows ${say('snapshot load time')} (one file read and hash, typed arrays viewed in ` +
			`place, the terms and the vocabulary's words decoded and replayed): at ${last.paragraphs} ¶ it takes ` +
			`${ms(last.cacheLoadMs)} ms where the build takes ${ms(last.buildMs)} ms.`,
		`- **The scan** grows ${say('scan p50')}: it reads every paragraph. **Search** grows ${say('search p50')} ` +
			`at p50 and ${say('search p99')} at p99: its cost follows the paragraphs that match the query's rarest part ` +
			`(later parts are scored only there) and the ranking of every match, and a common word matches a fixed ` +
			`share of any corpus. At ${last.paragraphs} ¶ search p99 is ` +
			`${(last.search.p99 / last.scan.p50).toFixed(2)}× the scan's p50.`,
		`- **Autocomplete** first answers grow ${say('autocomplete first answer p50')} at p50 and ` +
			`${say('autocomplete first answer p99')} at p99: a short prefix completes to more words in a larger ` +
			`vocabulary, and each completion's best paragraphs are found by a walk over its whole posting list (kept ` +
			`for the next keystroke).`,
		`- **Memory.** What the corpus and index hold (the heap after a forced GC, minus before loading) grows ` +
			`${say('heap growth')}: the text (once when already single-spaced), the per-paragraph records and the ` +
			`postings (typed arrays) follow n, while the term tree follows the vocabulary, which grows more slowly than the text. ` +
			`At ${last.paragraphs} ¶ it is ${(last.heapGrowthMb / (last.textBytes / 1024 / 1024)).toFixed(1)}× the raw ` +
			`text. RSS grows ${say('RSS growth')}, ${(last.rssGrowthMb / (last.textBytes / 1024 / 1024)).toFixed(1)}× ` +
			`the text at ${last.paragraphs} ¶: it also keeps pages the build's garbage used, which dominates at small sizes.`,
	];
}
