import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { ParagraphIndex } from '../../src/search/paragraph-index.ts';
import { check, informational, round, summarize, time, type Check, type Summary } from './stats.ts';

/** Representative searches: single words, two-word topics, a rare word, a phrase-like query. */
const QUERIES = [
	'terrorism',
	'human rights',
	'tariff',
	'foreign policy',
	'slavery',
	'health care',
	'peacekeeping',
	'weapons of mass destruction',
	'economy',
	'education reform',
];

/**
 * What people start typing: every keystroke of these, from the first letter. Enough of them for a p99 that is not
 * the second slowest of a couple of hundred samples, which one hiccup of the machine (a few milliseconds, seen with
 * no garbage collection or deoptimisation in the trace) decided.
 */
const TYPED = [
	'terrorism',
	'human rights',
	'tariff',
	'foreign policy',
	'slavery',
	'health care',
	'peace',
	'economy',
	'education',
	'taxes',
	'immigration',
	'the navy',
	'gold standard',
	'civil war',
	'regional organizations',
	'public debt',
	'energy',
	'agriculture',
	'social security',
	'nuclear weapons',
	'unemployment',
	'inflation',
	'the budget',
	'foreign trade',
	'the army',
	'railroads',
	'public lands',
	'indian affairs',
	'the treasury',
	'currency',
	'banking system',
	'civil service reform',
	'labor unions',
	'minimum wage',
	'child labor',
	'women suffrage',
	'prohibition',
	'the depression',
	'world war',
	'cold war',
	'soviet union',
	'communism',
	'space program',
	'civil rights',
	'voting rights',
	'medicare',
	'poverty',
	'crime',
	'drug abuse',
	'environment',
	'clean air',
	'oil imports',
	'farm prices',
	'housing',
	'highways',
	'postal service',
	'national defense',
	'arms control',
	'human dignity',
	'the constitution',
	'the supreme court',
	'states rights',
	'tax cuts',
	'balanced budget',
	'trade deficit',
	'free enterprise',
	'small business',
	'health insurance',
	'public schools',
	'veterans',
	'the middle east',
	'latin america',
	'europe',
	'china',
	'mexico',
	'canada',
	'panama canal',
	'the pacific',
	'alaska',
	'the territories',
];

export interface SearchResultRow extends SearchMeasures {
	label: string;
	paragraphs: number;
	indexBuildMs: number;
	checks: Check[];
}

/**
 * Typed before measuring, as a running bot has been typed into before: the keystroke path's code is then compiled, as
 * the searches' is by their warm-up round. None of their keystrokes is measured, so every measured input is still a
 * first answer.
 */
const WARM_UP_TYPED = ['manufacturing', 'veterans benefits', 'interstate commerce', 'budget deficit'];

/** Distinct keystroke inputs, so that every autocomplete sample is a first answer (the cache cannot help). */
function keystrokes(texts: readonly string[] = TYPED): string[] {
	return [...new Set(texts.flatMap((text) => [...text].map((_, i) => text.slice(0, i + 1)).filter((s) => s.trim())))];
}

export interface SearchMeasures {
	search: Summary;
	scan: Summary;
	autocomplete: Summary;
	/** The autocomplete when what is typed was answered before (its cache). */
	autocompleteRepeat: Summary;
	/** The slowest first answers: what dominates the autocomplete's p99. */
	slowest: { input: string; ms: number }[];
}

/**
 * Search and autocomplete on a newly built index against the floor: a linear scan (lower-cased `includes`) over
 * every paragraph, on the same corpus. Autocomplete first, so that each input is measured on its first use (its
 * answers are cached; the warm-up types other words); then searches and scans alternate, query by query.
 */
export function measureSearch(corpus: Corpus, index: ParagraphIndex, rounds: number): SearchMeasures {
	const inputs = keystrokes();
	const measured = new Set(inputs);
	for (const input of keystrokes(WARM_UP_TYPED)) if (!measured.has(input)) index.suggestParagraphs(input, {}, 24);
	const autocompleteSamples = inputs.map((input) => time(() => index.suggestParagraphs(input, {}, 24)));
	const repeatSamples = inputs.map((input) => time(() => index.suggestParagraphs(input, {}, 24)));
	// The scan's floor: texts lower-cased once, as a scan would keep them.
	const lowered = corpus.paragraphs.map((p) => p.searchText.toLowerCase());
	const scan = (query: string) => {
		const needle = query.toLowerCase();
		let found = 0;
		for (const text of lowered) if (text.includes(needle)) found += 1;
		return found;
	};
	for (const query of QUERIES) {
		index.search(query);
		scan(query);
	}
	const searchSamples: number[] = [];
	const scanSamples: number[] = [];
	for (let r = 0; r < rounds; r += 1) {
		for (const query of QUERIES) {
			searchSamples.push(time(() => index.search(query)));
			scanSamples.push(time(() => scan(query)));
		}
	}
	return {
		search: summarize(searchSamples),
		scan: summarize(scanSamples),
		autocomplete: summarize(autocompleteSamples),
		autocompleteRepeat: summarize(repeatSamples),
		slowest: inputs
			.map((input, i) => ({ input, ms: round(autocompleteSamples[i] ?? 0, 2) }))
			.sort((a, b) => b.ms - a.ms)
			.slice(0, 5),
	};
}

/**
 * Search and autocomplete at one corpus size, with the targets' checks.
 *
 * @param notTargets - when given, why the checks at this size are reported for information only
 */
export function benchSearch(
	label: string,
	dataDir: string | undefined,
	rounds: number,
	notTargets?: string,
): SearchResultRow {
	const corpus: Corpus = loadCorpus(dataDir);
	let index: ParagraphIndex | undefined;
	const indexBuildMs = time(() => (index = new ParagraphIndex(corpus)));
	if (!index) throw new Error('bench: no index');
	const measures = measureSearch(corpus, index, rounds);
	const { search, scan, autocomplete } = measures;
	return {
		label,
		paragraphs: corpus.paragraphs.length,
		indexBuildMs: round(indexBuildMs, 0),
		...measures,
		checks: [
			check(`search ${label}: scan p50 / search p50`, scan.p50 / search.p50, 10, 'min'),
			check(`search ${label}: search p99 / scan p50`, search.p99 / scan.p50, 1, 'max'),
			check(`autocomplete ${label}: autocomplete p99 / scan p50`, autocomplete.p99 / scan.p50, 0.5, 'max'),
		].map((c) => (notTargets === undefined ? c : informational(c, notTargets))),
	};
}
