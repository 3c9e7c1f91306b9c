import type { Analyzer } from './analyzer.ts';
import type { SearchHit } from './search-hit.ts';
import { sentenceTerms } from './sentences.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * A term the corpus writes more often than this share of its paragraphs count says little of what a paragraph is
 * about ("regional organizations", "security" in SG/2084): it is no evidence toward answering a dead end by one
 * sentence (see `saysInOneSentence`). Measured at 0.5: one dev question the text does not answer matched ("energy
 * security and oil supplies"); at 0.3 none did on any dev table.
 */
export const COMMON_TERM_SHARE = 0.3;

/** What a dead end's closest paragraph's sentences say (see `saysInOneSentence`). */
export interface SentenceEvidence {
	/** A paragraph's sentences, each as its index terms. */
	sentences: (hit: SearchHit) => readonly ReadonlySet<string>[];
	/** Whether the corpus writes a term often (see `COMMON_TERM_SHARE`). */
	isCommon: (term: string) => boolean;
}

/** The sentence evidence of a corpus: its sentences read by its analyser, its terms counted by its vocabulary. */
export function sentenceEvidence(
	analyzer: Analyzer,
	vocabulary: Pick<Vocabulary, 'frequency'>,
	paragraphs: number,
): SentenceEvidence {
	return {
		sentences: (hit) => sentenceTerms(analyzer, hit.paragraph.searchText),
		isCommon: (term) => vocabulary.frequency(term) > paragraphs * COMMON_TERM_SHARE,
	};
}
