import { DataFiles, forEachIndexLine, PARTS } from './wordnet-files.ts';
import type { RelatedWordsTable, Relation } from './related-words.ts';
import { lemmaWords, termsOf } from './wordnet-lemmas.ts';
import { baseForms } from '../corpus/word-endings.ts';
import { definingWords, phrasesInGlosses } from './wordnet-glosses.ts';
import { commonWords, describingWords, nameWords, nounWords } from './wordnet-common.ts';
import { wordFilterHas } from './word-filter.ts';
import { relationOf, sameFamily } from './wordnet-pointers.ts';
import { readerSensesTable, type Candidate } from './wordnet-reader-senses.ts';
import { oppositesOf } from './wordnet-opposites.ts';

/**
 * Only a word's first senses count: WordNet lists senses most frequent first, and a rare sense ("change" as a
 * synonym of "exchange") would make readers' everyday words match the text's unrelated ones.
 */
const MAX_SENSES = 3;
/** A corpus word's synonyms match only in its two most common senses. */
const MAX_CORPUS_SYNONYM_SENSES = 2;

/** What the reduction needs from the index: how a word becomes index terms, and which words the text has. */
export interface ReduceInput {
	/** Index terms of a word; `null` for a stop word. */
	term(word: string): string | null;
	/** Whether the indexed text has this term. */
	hasTerm(term: string): boolean;
	/** The text's written forms, folded (lower case, no accents). */
	forms: Iterable<string>;
	/** Whether a word that shares a corpus term's stem is that word (not another with the same stem); all by default. */
	sameWord?: (word: string, term: string) => boolean;
	/** Pairs of index terms that stand next to each other in the text (see `adjacentTerms`); none by default. */
	phrases?: ReadonlySet<string>;
	/** Whether word vectors find a word close in meaning to a corpus term; a definition's single words need it. */
	close?: (word: string, term: string) => boolean;
	/** Whether word vectors may put a word near a corpus term at all (see `OPPOSITE_NEAR`); opposites need it. */
	nearby?: (word: string, term: string) => boolean;
}

/** A two-word lemma of plain words (index files write them in lower case, joined by an underscore). */
const COMPOUND = /^([a-z]+)_([a-z]+)$/;

/** How many first letters a lemma must share with a corpus word before it is stemmed. */
const STEM_PREFIX = 5;

/**
 * Reduces WordNet to what one corpus needs, once, when the index is built: for each word a reader might type that
 * the text does not have, the corpus terms it means (`match`: same synset, derived forms of the same family, a
 * narrower kind of what the text names) and the looser ones (`related`: broader words, similar adjectives). Lemmas
 * are looked up by the text's written forms and their base forms (no stemming of WordNet's 150,000 lemmas); only the
 * data lines of synsets that touch the corpus are read (WordNet addresses them by byte offset). The table that
 * results is small, keyed by the reader's terms, and plain JSON, so it can be cached with the index.
 */
export function reduceWordNet(dictDir: string, input: ReduceInput): RelatedWordsTable {
	const bases = new Set<string>();
	for (const form of input.forms) {
		if (/^[a-z]+(?:-[a-z]+)*$/.test(form)) for (const base of baseForms(form)) bases.add(base);
	}
	// A lemma may also share a stem with a corpus word without being one of its forms ("discussion", "discussed"):
	// those are stemmed, but only lemmas that begin like a corpus word, since stemming all of WordNet costs most.
	const starts = new Set([...bases].map((b) => b.slice(0, STEM_PREFIX)));
	const isCorpusLemma = (lemma: string) =>
		lemmaWords(lemma).every((w) => bases.has(w) || w.length <= 3 || starts.has(w.slice(0, STEM_PREFIX)));
	// Sharing a stem is not being the same word ("execution", "executive"): when word vectors can tell, a lemma that is
	// not one of the text's own words must also be close in meaning to the text's forms of that stem.
	const sameWord = input.sameWord ?? (() => true);
	// Asked again and again of the same lemmas (each synset they are in, each definition that names them): worked out
	// once each.
	const corpusKeys = new Map<string, string[] | undefined>();
	const corpusKey = (lemma: string) => {
		if (corpusKeys.has(lemma)) return corpusKeys.get(lemma);
		const key = termsOf(input, lemma, (t, word) => input.hasTerm(t) && (bases.has(word) || sameWord(word, t)));
		corpusKeys.set(lemma, key);
		return key;
	};
	// A lemma of several words is in the text only where its words stand together there: a reader's "took part" is
	// not in a text with "took" and "part" apart, so the table says what it means (participate).
	const together = (key: readonly string[]) =>
		input.phrases === undefined || key.every((t, i) => i === 0 || input.phrases?.has(`${key[i - 1]} ${t}`));
	// 1. Synsets that carry a corpus word in one of its first senses, the corpus terms they stand for, and the best
	//    rank of a corpus word in them (its first sense or not).
	const corpusSynsets = new Map<
		string,
		{ groups: Map<string, string[]>; rank: number; /** the lemma each group comes from */ lemmas: Map<string, string> }
	>();
	const corpusLemmas = new Set<string>();
	// Read in the same pass over the nouns: compounds whose head the text has and whose modifier it lacks.
	const compounds = new Set<string>();
	const compound = (lemma: string) => {
		const match = COMPOUND.exec(lemma);
		if (!match?.[1] || !match[2] || !bases.has(match[2])) return;
		const [modifier, head] = [input.term(match[1]), input.term(match[2])];
		if (modifier !== null && head !== null && !input.hasTerm(modifier) && input.hasTerm(head)) {
			compounds.add(`${modifier} ${head}`);
		}
	};
	for (const [file, letter] of PARTS) {
		const wanted =
			file === 'noun'
				? (lemma: string) => {
						compound(lemma);
						return isCorpusLemma(lemma);
					}
				: isCorpusLemma;
		forEachIndexLine(dictDir, file, wanted, (lemma, offsets) => {
			const key = corpusKey(lemma);
			if (key === undefined) return;
			corpusLemmas.add(lemma);
			offsets.slice(0, MAX_SENSES).forEach((offset, rank) => {
				const id = `${letter}${offset}`;
				const synset = corpusSynsets.get(id) ?? { groups: new Map<string, string[]>(), rank, lemmas: new Map() };
				synset.groups.set(key.join(' '), key);
				synset.lemmas.set(key.join(' '), lemma);
				synset.rank = Math.min(synset.rank, rank);
				corpusSynsets.set(id, synset);
			});
		});
	}
	// 2. Their lemmas and neighbours: candidate reader words with the relation that links them to the corpus.
	const data = new DataFiles(dictDir);
	const candidates = new Map<string, Candidate[]>();
	// Reader words WordNet opposes to the corpus's (see `oppositesOf`), with the corpus terms they are opposed to.
	const opposites: Record<string, string[]> = {};
	const oppositeKinds = new Map<string, readonly string[]>();
	const isCommon = wordFilterHas(commonWords(dictDir));
	const add = (lemma: string, synset: string, relation: Relation, groups: string[][]) => {
		const lower = lemma.toLowerCase();
		// A word the text has needs no table: the reader's own word finds it.
		const inText = corpusKey(lower);
		if (inText !== undefined && together(inText)) return;
		// A name that is another form of a common word ("Allies", the Second World War's, among whose lemmas WordNet
		// lists the United Nations; "States") is not what a reader typing the common word's plural means (allies: ally).
		if (/^\p{Lu}[\p{Ll}-]*$/u.test(lemma) && baseForms(lower).some((base) => base !== lower && isCommon(base))) return;
		const list = candidates.get(lower) ?? [];
		list.push({ synset, relation, groups });
		candidates.set(lower, list);
	};
	for (const [id, { groups: byKey, rank, lemmas: keyLemmas }] of corpusSynsets) {
		const synset = data.read(id);
		if (!synset) continue;
		// A name of several words (WordNet writes it capitalised) is the text's only where its words stand together: a
		// text with "United Nations" and "inter-State" does not name the United States, which a reader's "USA" means.
		// Other phrases may stand apart ("military, police and civilian personnel" has military personnel).
		const names = new Set(
			synset.lemmas.filter((l) => l.includes('_') && /^\p{Lu}/u.test(l)).map((l) => l.toLowerCase()),
		);
		for (const [text, key] of byKey) if (names.has(keyLemmas.get(text) ?? '') && !together(key)) byKey.delete(text);
		if (byKey.size === 0) continue;
		const groups = [...byKey.values()];
		// Kept only where word vectors may take them for neighbours (see `addNeighbours`): the rest never need saying.
		const nearby = input.nearby;
		const single = groups.flatMap((g) => (g.length === 1 && g[0] !== undefined ? [g[0]] : []));
		if (nearby && single.length > 0) {
			for (const word of oppositesOf(data, synset, id.startsWith('n'), oppositeKinds)) {
				for (const term of single) {
					if (!nearby(word, term)) continue;
					const terms = (opposites[word] ??= []);
					if (!terms.includes(term)) terms.push(term);
				}
			}
		}
		// Synonyms of a corpus word's rarer senses are only related: the text rarely means them.
		for (const lemma of synset.lemmas) add(lemma, id, rank < MAX_CORPUS_SYNONYM_SENSES ? 'match' : 'related', groups);
		const kinds = synset.pointers.filter((p) => p.symbol === '~').length;
		for (const pointer of synset.pointers) {
			const relation = relationOf(pointer, synset.lexFile, kinds, data);
			// Neighbours only of a corpus word's first sense (a rare sense's are mostly noise), or its capital (`relationOf`).
			if (relation === undefined || (relation !== 'match' && rank > 0 && pointer.symbol !== '%p')) continue;
			// A derived form belongs to one word of the synset: it must be the corpus's word.
			const source = pointer.source > 0 ? synset.lemmas[pointer.source - 1]?.toLowerCase() : undefined;
			if (relation === 'match' && (source === undefined || !corpusLemmas.has(source))) continue;
			const target = `${pointer.part}${pointer.offset}`;
			const neighbour = data.read(target);
			if (!neighbour) continue;
			let lemmas = pointer.target > 0 ? [neighbour.lemmas[pointer.target - 1] ?? ''].filter(Boolean) : neighbour.lemmas;
			// Derived forms count when they are the same word's family (peacekeeper, peacekeeping), not a gloss's.
			if (relation === 'match') {
				// The derived form's synonyms are the corpus word's looser relatives: "faith" is religion, from which
				// the text's "religious" is derived (word vectors confirm them before they match: see `addNeighbours`).
				if (rank === 0)
					for (const l of neighbour.lemmas)
						if (!sameFamily(l, source ?? '') && !/^\p{Lu}/u.test(l)) add(l, target, 'related', groups);
				lemmas = lemmas.filter((l) => sameFamily(l, source ?? ''));
			}
			// A name among the kinds of what the text names is no question about it: the text's "international
			// organizations" say nothing of Europe, though WordNet files the European Union under them.
			if (pointer.symbol === '~') lemmas = lemmas.filter((l) => !/^\p{Lu}/u.test(l));
			for (const lemma of lemmas) add(lemma, target, relation, groups);
		}
	}
	// Words whose definition uses a phrase of the text ("war": armed conflict), or one word of it that word vectors
	// find close in meaning (war: conflict).
	const close = input.close;
	const definedBy = new Map<string, string[][]>();
	// The one-word terms of the text that name a thing, an action or a quality in their first senses: not adverbs
	// ("especially" ends many definitions).
	const named = new Set<string>();
	for (const [id, { groups }] of corpusSynsets) {
		if (id.startsWith('r')) continue;
		for (const group of groups.values()) if (group.length === 1 && group[0] !== undefined) named.add(group[0]);
	}
	// A definition's words recur across thousands of definitions: each is made a term once.
	const termOf = new Map<string, string | null>();
	const term = (word: string) => {
		let found = termOf.get(word);
		if (found === undefined) {
			const t = input.term(word);
			termOf.set(word, (found = t !== null && named.has(t) ? t : null));
		}
		return found;
	};
	const glossed = phrasesInGlosses(
		dictDir,
		{
			term: (w) => input.term(w),
			words: bases,
			phrases: input.phrases ?? new Set(),
			visit:
				close &&
				((id, words, lemmas) => {
					// A lemma the text has needs no table (see `add`): only the others count. Whether the text has it is
					// asked only of a lemma word vectors find close, a few in a thousand.
					const readers = () => lemmas().filter((l) => !l.includes('_'));
					const groups = definingWords(
						words,
						readers,
						bases,
						term,
						(lemma, t) => close(lemma, t) && corpusKey(lemma) === undefined,
					);
					if (groups.length > 0) definedBy.set(id, groups);
				}),
		},
		data,
	);
	for (const [id, groups] of glossed) {
		for (const lemma of data.read(id)?.lemmas ?? []) add(lemma, id, 'defined', groups);
	}
	for (const [id, groups] of definedBy) {
		for (const lemma of data.read(id)?.lemmas ?? []) add(lemma, id, 'defined', groups);
	}
	// 3. Keep a candidate only where the linked synset is one of the reader word's first senses, in a part of speech
	//    the word is commonly used in (see `readerSensesTable`).
	return {
		...readerSensesTable(dictDir, input, candidates, compounds),
		common: commonWords(dictDir),
		names: nameWords(dictDir),
		nouns: nounWords(dictDir),
		describing: describingWords(dictDir),
		opposites,
	};
}
