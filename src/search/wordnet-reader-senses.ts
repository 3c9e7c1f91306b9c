import { forEachIndexLine, PARTS } from './wordnet-files.ts';
import type { RelatedWordsTable, Relation } from './related-words.ts';
import { addEntry, tableKey } from './wordnet-lemmas.ts';
import type { ReduceInput } from './wordnet-reduce.ts';
import { senseShare, senseTagCounts } from './wordnet-sense-counts.ts';

/** A reader's word means the text's only in one of its two most common senses. */
const MAX_READER_SENSES = 2;
/**
 * A part of speech is a reader word's usual one when its senses were seen in WordNet's sense-tagged texts at least
 * this share as often as in the word's most common part of speech.
 */
const USUAL_PART_SHARE = 0.25;
/**
 * A sense a reader's word was seen in less than this share of its uses in that part of speech, in WordNet's
 * sense-tagged texts, is not what a reader typing the word means, though it may be among its first senses: "steel" is
 * a sword in 1 of 21 uses (`free trade deal tariffs on steel` is no question about the text's weapons), "member" a
 * part of a whole in 6 of 78. Rank alone (`MAX_READER_SENSES`) keeps such senses when the word has few. Measured
 * within a part of speech at 0.1, 0.15 and 0.2: at 0.1, three more of seed dev's questions without an answer are no
 * match and no paraphrase of any table is lost (0.15 lost one on dev, 0.2 some on four tables); shares over all
 * parts of speech lost paraphrases ("backing" as support is a rare use of "back"). The texts are older general
 * English: a sense common in a UN text can be rare there ("congress" as a meeting, 1 of 25), and such a reader's word
 * loses its link.
 */
const RARE_SENSE_SHARE = 0.1;
/** A word seen fewer times than this in a part of speech tells too little of which of its senses are rare. */
const FEWEST_TAGGED_USES = 8;

/** A word a reader might type, linked to corpus terms through one synset (see `reduceWordNet`). */
export interface Candidate {
	/** The synset that links it: part of speech letter and byte offset. */
	synset: string;
	relation: Relation;
	/** The groups of corpus terms it stands for. */
	groups: string[][];
}

/**
 * The last step of reducing WordNet (see `reduceWordNet`): the table of what the candidate reader words (keyed by
 * lemma) mean, with the compounds found on the way. A word's own index lines tell the order of its senses and how
 * often each of its parts of speech is used, so they are read again, for the candidates only.
 */
export function readerSensesTable(
	dictDir: string,
	input: ReduceInput,
	candidates: ReadonlyMap<string, readonly Candidate[]>,
	compounds: ReadonlySet<string>,
): RelatedWordsTable {
	// A candidate is kept only where the linked synset is one of the reader word's first senses, in a part of speech
	// the word is commonly used in.
	const lines: { lemma: string; letter: string; offsets: string[]; tagged: number }[] = [];
	const mostTagged = new Map<string, number>();
	for (const [file, letter] of PARTS) {
		forEachIndexLine(
			dictDir,
			file,
			(lemma) => candidates.has(lemma),
			(lemma, offsets, tagged) => {
				lines.push({ lemma, letter, offsets, tagged });
				mostTagged.set(lemma, Math.max(mostTagged.get(lemma) ?? 0, tagged));
			},
		);
	}
	const table: Required<Omit<RelatedWordsTable, 'common' | 'names' | 'nouns' | 'describing' | 'opposites'>> = {
		match: {},
		narrower: {},
		related: {},
		defined: {},
		compounds: [...compounds].sort(),
	};
	const seen = new Set<string>();
	for (const { lemma, letter, offsets, tagged } of lines) {
		const key = tableKey(input, lemma);
		if (key === undefined) continue;
		// A reader means a word in its usual part of speech: "resolve" is a verb far more than the noun that shares
		// a synset with the text's "resolution" (a formal declaration), so that noun's links are only related.
		const usual = tagged >= (mostTagged.get(lemma) ?? 0) * USUAL_PART_SHARE;
		const tagCounts = senseTagCounts(dictDir, lemma);
		for (const candidate of candidates.get(lemma) ?? []) {
			const rank = offsets.findIndex((o) => `${letter}${o}` === candidate.synset);
			if (rank < 0) continue;
			// A rare sense links nothing, not even loosely: word vectors, which cannot tell senses apart, would find the
			// two words close and make the link a match (see `addNeighbours`). A definition's words are the exception:
			// they mean the word only where word vectors find them close to the form the reader typed (see `definedAs`),
			// which says which sense it is: "trafficking" is illicit trade, though "traffic" is mostly cars.
			if (
				candidate.relation !== 'defined' &&
				(senseShare(tagCounts, candidate.synset, FEWEST_TAGGED_USES) ?? 1) < RARE_SENSE_SHARE
			)
				continue;
			const relation = candidate.relation;
			// A definition speaks for the word's own first senses only, in its usual part of speech.
			if (relation === 'defined') {
				if (rank >= MAX_READER_SENSES || !usual) continue;
				for (const group of candidate.groups) addEntry(table.defined, seen, relation, key, group);
				continue;
			}
			// A narrower word is a kind of what the text names, not the same sense ("fraud" is a crime, but a
			// paragraph on organized crime says nothing of fraud): a match only beside the reader's own words.
			const kind =
				rank >= MAX_READER_SENSES || relation === 'related' || !usual
					? 'related'
					: relation === 'narrower'
						? 'narrower'
						: 'match';
			for (const group of candidate.groups) addEntry(table[kind], seen, kind, key, group);
		}
	}
	// A word that matches needs no looser link to the same terms.
	for (const [key, groups] of Object.entries(table.related)) {
		const rest = groups.filter(
			(g) => !seen.has(`match\0${key}\0${g.join(' ')}`) && !seen.has(`narrower\0${key}\0${g.join(' ')}`),
		);
		if (rest.length === 0) delete table.related[key];
		else table.related[key] = rest;
	}
	return table;
}
