import type { Analyzer } from './analyzer.ts';
import type { QueryPlan } from './query-plan.ts';
import type { SearchHit } from './search-hit.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';
import { sentenceTerms } from './sentences.ts';

/** How many related paragraphs are reordered by word-vector closeness to the words typed. */
export const RERANKED = 20;
/**
 * How much a sentence's closeness is lowered per natural log of its count of terms: each word typed takes its best
 * cosine among the sentence's terms, and a long sentence (¶1's list of every challenge discussed) has a close one for
 * most words by chance. Measured at 0.01, 0.02, 0.03 and 0.05: at 0.03 five more seed-dev paraphrases have their
 * paragraph first, two more among the first three; no dev table fell.
 */
const LONG_SENTENCE = 0.03;

/**
 * A dead end's related paragraphs in the order of how closely their words answer the words typed, by word-vector
 * similarity (see `SemanticNeighbours.relevance`); the first `RERANKED` are reordered, the rest keep their order.
 * Unchanged without word vectors. (Tried on partial matches too: it did not help them, measured on both tables.)
 */
export function closestFirst(
	hits: SearchHit[],
	plan: QueryPlan,
	semantic: SemanticNeighbours | undefined,
	analyzer: Analyzer,
): SearchHit[] {
	// One alone is scored by closeness too: a related paragraph's score is always its closeness (what `--json` shows).
	if (!semantic || hits.length === 0) return hits;
	// A word typed alone brings its same-sense words: a paragraph saying one is close to it (see `relevance`); so does
	// a neighbour all but the same sense that says it toward a dead end's answer ("stopping": prevention).
	// A same-sense group of several terms ("former combatant" for `ex-fighters`) counts where all its terms are said,
	// as its last (the word it is about, whose closeness to the word typed is then asked).
	const typedWords = plan.units
		.filter((u) => u.phrase === undefined)
		.flatMap((u) => {
			const typed = u.typed.split(/\s+/);
			const close = typed.length === 1 ? [...u.related, ...(u.linking ?? [])] : undefined;
			return typed.map((word) => ({ word, term: analyzer.term(word), close }));
		});
	const wordsIn = (said: ReadonlySet<string>) =>
		typedWords.map(({ word, term, close }) => {
			if (!close) return { word, term };
			const groups = close.filter((g) => g.length === 1 || g.every((t) => said.has(t)));
			return { word, term, sameSense: new Set(groups.flatMap((g) => g.slice(-1))) };
		});
	// Read per sentence only when a group of several terms may be said in one and not another; else once.
	const grouped = typedWords.some(({ close }) => close?.some((g) => g.length > 1) === true);
	const once = grouped ? undefined : wordsIn(new Set());
	const words = (said: ReadonlySet<string>) => once ?? wordsIn(said);
	const scored = hits.slice(0, RERANKED).map((hit, order) => {
		// The paragraph's words are its sentences' words, read once.
		const sentences = sentenceTerms(analyzer, hit.paragraph.searchText);
		const terms = new Set(sentences.flatMap((said) => [...said]));
		// Its closest sentence too: what orders the paragraphs that answer (see `sentenceCloseness`).
		let sentence = 0;
		for (const said of sentences) {
			const close = semantic.relevance(words(said), said);
			sentence = Math.max(sentence, close - LONG_SENTENCE * Math.log(Math.max(1, said.size)));
		}
		return { hit, order, relevance: semantic.relevance(words(terms), terms), sentence };
	});
	scored.sort((a, b) => b.relevance - a.relevance || a.order - b.order);
	// The score each carries is the closeness it is ordered by (what `--json` shows): a search score beside an order
	// made by closeness read as a list out of order.
	return [...scored.map((s) => withScore(s.hit, s.relevance, s.sentence)), ...hits.slice(RERANKED)];
}

/**
 * How closely a related paragraph's closest sentence answers the words typed (see `closestFirst`); its score for any
 * other hit. A paraphrase says again one sentence of what it finds: a long paragraph has a close word for most words
 * typed, each in another sentence ("summits should happen more often": ¶1 has "often" and "Meeting" sentences apart,
 * ¶2 says "more frequent high-level meetings" in one). It orders a dead end's answers and is one of the two ways a
 * paragraph is considered for one (see `consideredOf`); the whole paragraph's closeness orders the related paragraphs
 * of a dead end left unanswered.
 */
export function sentenceCloseness(hit: SearchHit): number {
	return hit instanceof ClosenessHit ? hit.sentence : hit.score;
}

/**
 * A hit whose score is the one it is ordered by (a closeness), with everything else its own; `sentence`: how close
 * its closest sentence comes (see `sentenceCloseness`), kept from the hit given when not said.
 */
export function withScore(hit: SearchHit, score: number, sentence = sentenceCloseness(hit)): SearchHit {
	return new ClosenessHit(hit instanceof ClosenessHit ? hit.hit : hit, score, sentence);
}

/** A related paragraph whose score is its closeness to the words typed (see `closestFirst`). */
class ClosenessHit implements SearchHit {
	constructor(
		readonly hit: SearchHit,
		readonly score: number,
		readonly sentence: number,
	) {}

	get paragraph(): SearchHit['paragraph'] {
		return this.hit.paragraph;
	}

	get matchedTerms(): SearchHit['matchedTerms'] {
		return this.hit.matchedTerms;
	}

	get highlighter(): SearchHit['highlighter'] {
		return this.hit.highlighter;
	}
}
