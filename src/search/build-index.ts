import { existsSync } from 'node:fs';
import { corpusFingerprint } from '../corpus/fingerprint.ts';
import type { Corpus } from '../corpus/types.ts';
import { definedAcronyms, learnAcronyms, type AcronymTable } from './acronyms.ts';
import { Analyzer } from './analyzer.ts';
import type { BuiltIndex, IndexBuildOptions } from './built-index.ts';
import { wordVectorsPath } from './embeddings.ts';
import { firstNeed, type FirstNeed, type FirstNeedListener, type MadeTables, type TableName } from './first-need.ts';
import { cachedTable, DEFAULT_INDEX_CACHE_DIR, hasCachedTable, IndexCache } from './index-cache.ts';
import { indexedDocuments, indexInput } from './indexed-documents.ts';
import { snapshotKey } from './snapshot-key.ts';
import { SemanticNeighbours } from './semantic-neighbours.ts';
import { OPPOSITE_NEAR } from './semantic-thresholds.ts';
import { cosine, WordVectors } from './word-vectors.ts';
import { defaultWordNetDir, NO_RELATED_WORDS, type RelatedWordsTable } from './related-words.ts';
import type { IndexedParagraph } from './search-options.ts';
import { SynonymTable } from './synonyms.ts';
import { Vocabulary } from './vocabulary.ts';
import { reduceWordNet } from './wordnet-reduce.ts';
import { madeAlready, madeOnce } from './made-tables.ts';
import { adjacentTerms } from './wordnet-glosses.ts';

/** How long a missing word-vectors file is taken as missing before it is looked for again. */
const VECTORS_LOOK_AGAIN_MS = 5000;

/** Builds every time: tests, tools, and a bot without a cache folder. */
const NO_CACHE = new IndexCache(undefined);

/**
 * Builds the MiniSearch index over every paragraph and the tables around it: the one place an index is made (or loaded
 * from `cache`'s snapshot, which replays the words the vocabulary learned). The
 * WordNet reduction (about half a second at seed size, several at 30,000 paragraphs), the acronyms and the word
 * vectors wait for the first search that needs them (a word the text lacks, an acronym), so start-up does not pay
 * for them; with a cache folder that first need reads the tables' snapshots when they are there.
 */
export function buildIndex(
	corpus: Corpus,
	options: IndexBuildOptions = {},
	cache: IndexCache = NO_CACHE,
	onDone: FirstNeedListener = () => {},
	onMaking: (table: TableName) => void = () => {},
): BuiltIndex {
	const analyzer = new Analyzer(corpus.language.spelling);
	const vocabulary = new Vocabulary();
	const synonyms = new SynonymTable(corpus.language.synonyms, analyzer);
	const labelTerms = new Map(
		corpus.themes.map((theme) => [
			theme.id,
			analyzer
				.tokens(theme.label)
				.map((w) => analyzer.term(w))
				.filter((t): t is string => t !== null && t.length > 2),
		]),
	);
	const documents = () => indexedDocuments(corpus);
	const postings = cache.postings<IndexedParagraph>(
		indexInput(corpus, analyzer, (word, term, field, times) => {
			if (field === 'text') vocabulary.add(word, term, times);
		}),
	);
	vocabulary.freeze();
	// The text's words are remembered as they come (a snapshot's load does not replay them into the analyser).
	analyzer.seal((word) => vocabulary.termOfForm(word) !== undefined);
	const vectorsFile =
		options.wordVectorsFile === undefined ? wordVectorsPath(DEFAULT_INDEX_CACHE_DIR) : options.wordVectorsFile;
	// Kept once found; until then a need looks again (at most every few seconds, not on every search), so vectors
	// converted after start are used from then on.
	let vectors: WordVectors | undefined;
	let lookedAt = Number.NEGATIVE_INFINITY;
	const openVectors = () => {
		if (vectors || !vectorsFile || performance.now() - lookedAt < VECTORS_LOOK_AGAIN_MS) return vectors;
		lookedAt = performance.now();
		return (vectors = WordVectors.open(vectorsFile));
	};
	// Whether a need would open the vectors: kept open, or a file there to open (looked for at most every few seconds).
	const vectorsToOpen = () =>
		vectors !== undefined ||
		(!!vectorsFile && performance.now() - lookedAt >= VECTORS_LOOK_AGAIN_MS && existsSync(vectorsFile));
	let neighbours: SemanticNeighbours | undefined;
	const semantic = firstNeed(
		'word-vectors',
		() => neighbours,
		() => (neighbours = semanticNeighbours(openVectors(), vocabulary, analyzer)),
		onDone,
	);
	// The word list alone: a typo check asks only whether a word is one of English, not for the corpus's vectors.
	const isEnglish = (word: string) => openVectors()?.isEnglish(word) ?? true;
	// Without the word list no word is known to be whole: a last word is then completed unless the text writes it.
	const knownEnglish = (word: string) => openVectors()?.isEnglish(word) ?? false;
	// Without it, no word is known to be among the commonest: any may be a typo, as before.
	const commonEnglish = (word: string) => openVectors()?.isCommonest(word) ?? false;
	// Two terms' best cosine between their written forms, read from the word list alone (not the corpus's vectors).
	const closeness = (a: string, b: string): number | undefined => {
		const vectors = openVectors();
		if (!vectors) return undefined;
		const of = (term: string) => [...vocabulary.formsOf(term).keys()].flatMap((form) => vectors.vector(form) ?? []);
		const others = of(b);
		let best = 0;
		for (const x of of(a)) for (const y of others) best = Math.max(best, cosine(x, y));
		return best;
	};
	// Looked up on first need too: nothing of WordNet is touched before a search needs it.
	let wordNetDirFound: { dir: string | null | undefined } | undefined;
	const wordNetDir = () =>
		(wordNetDirFound ??= { dir: options.wordNetDir === undefined ? defaultWordNetDir() : options.wordNetDir }).dir;
	const reduce = (dir = wordNetDir()): RelatedWordsTable =>
		dir === null || dir === undefined
			? NO_RELATED_WORDS
			: reduceWordNet(dir, {
					term: (word) => analyzer.term(word),
					hasTerm: (term) => vocabulary.hasTerm(term),
					forms: vocabulary.forms(),
					sameWord: (word, term) => semantic()?.sameWord(word, [...vocabulary.formsOf(term).keys()]) ?? true,
					close: semantic()?.confirmer(),
					nearby: semantic()?.nearby(OPPOSITE_NEAR),
					phrases: adjacentTerms(
						corpus.paragraphs.map((p) => p.searchText),
						(form) => vocabulary.termOfForm(form),
					),
				});
	const learn = (): AcronymTable =>
		learnAcronyms(
			corpus.paragraphs.map((p) => p.searchText),
			analyzer,
			(word) => {
				const term = analyzer.term(word);
				return term !== null && vocabulary.hasTerm(term);
			},
		);
	// The tables are made (or read from the cache folder) on first need, never at start: a start, warm or cold, reads
	// neither WordNet nor the word vectors. The bot does that first need once ready, ahead of the searches (a warm-up:
	// see `ParagraphIndex.warmUp`), making in a worker thread the tables that are not at hand (`toMake`). A cold build of a large corpus makes them in its worker thread, after the
	// index (see `buildIndexOffThread`), so that a first search at 30,000 paragraphs reads them rather than spending
	// seconds on WordNet. Their key: the documents, the language data, what they are made from.
	// Worked out once per table and state of the vectors: a door asks, for each interaction until the tables are made,
	// whether one is still to make (see `toMake`).
	const keys = new Map<string, string>();
	const key = (table: string) => {
		const vectorsThere = vectorsFile && existsSync(vectorsFile) ? vectorsFile : null;
		const known = keys.get(`${table}\0${vectorsThere}`);
		if (known !== undefined) return known;
		const made = snapshotKey(
			documents,
			corpus.language,
			{ table, wordNetDir: wordNetDir(), vectors: vectorsThere },
			corpusFingerprint(corpus),
		);
		keys.set(`${table}\0${vectorsThere}`, made);
		return made;
	};
	let reduced: RelatedWordsTable | undefined = options.relatedWords;
	let learned: AcronymTable | undefined = options.acronyms;
	const relatedWords = firstNeed(
		'related-words',
		() => reduced,
		() => {
			if (!atHand('related-words')) onMaking('related-words');
			return (reduced = cachedTable(
				cache,
				'related-words',
				() => key('related-words'),
				() => madeOnce(key('related-words'), () => reduce()),
				isTable<RelatedWordsTable>,
			));
		},
		onDone,
	);
	const acronyms = firstNeed(
		'acronyms',
		() => learned,
		() => {
			if (!atHand('acronyms')) onMaking('acronyms');
			return (learned = cachedTable(cache, 'acronyms', () => key('acronyms'), learn, isTable<AcronymTable>));
		},
		onDone,
	);
	let defined: Set<string> | undefined;
	const definitions = firstNeed(
		'acronym-definitions',
		() => defined,
		() => (defined = definedAcronyms(corpus.paragraphs.map((p) => p.searchText))),
		onDone,
	);
	const defines = (word: string) => definitions().has(word);
	const pending = (): FirstNeed[] => {
		const work: FirstNeed[] = [];
		if (!reduced) work.push('related-words');
		if (!learned) work.push('acronyms');
		if (!defined) work.push('acronym-definitions');
		if (!neighbours && vectorsToOpen()) work.push('word-vectors');
		return work;
	};
	// A table at hand is read back in a few milliseconds; one made by this process for the same key is taken as is.
	const atHand = (table: TableName) =>
		(table === 'related-words' && madeAlready(key(table))) || hasCachedTable(cache, table, key(table));
	const toMake = (): TableName[] =>
		pending().filter((work): work is TableName => (work === 'related-words' || work === 'acronyms') && !atHand(work));
	const adopt = (tables: MadeTables) => {
		reduced ??= tables.relatedWords;
		learned ??= tables.acronyms;
	};
	// The table when this index has it or the cache folder does (read back in milliseconds): never made nor written
	// for a word the text has (see `addSharedSenses`).
	const relatedAtHand = () =>
		reduced ?? (hasCachedTable(cache, 'related-words', key('related-words')) ? relatedWords() : undefined);
	return {
		analyzer,
		vocabulary,
		synonyms,
		postings,
		relatedWords,
		relatedAtHand,
		closeness,
		acronyms,
		defines,
		semantic,
		isEnglish,
		knownEnglish,
		commonEnglish,
		labelTerms,
		pending,
		toMake,
		adopt,
	};
}

/** A table read back from a snapshot: a plain object (the key vouches for the rest). */
function isTable<T>(value: unknown): value is T {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The corpus's words with their vectors, when the converted file is there. */
function semanticNeighbours(
	vectors: WordVectors | undefined,
	vocabulary: Vocabulary,
	analyzer: Analyzer,
): SemanticNeighbours | undefined {
	if (!vectors) return undefined;
	return new SemanticNeighbours(vectors, {
		term: (word) => analyzer.term(word),
		*entries() {
			for (const form of vocabulary.forms()) {
				const term = vocabulary.termOfForm(form);
				if (term !== undefined) yield [term, form];
			}
		},
	});
}
