import { forEachIndexLine, PARTS } from './wordnet-files.ts';
import type { RelatedWordsTable, Relation } from './related-words.ts';
import { addEntry, termsOf } from './wordnet-lemmas.ts';
import type { ReduceInput } from './wordnet-reduce.ts';

/** A reader's word means the text's only in one of its two most common senses. */
const MAX_READER_SENSES = 2;
/**
 * A part of speech is a reader word's usual one when its senses were seen in WordNet's sense-tagged texts at least
 * this share as often as in the word's most common part of speech.
 */
const USUAL_PART_SHARE = 0.25;

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
	const table: Required<Omit<RelatedWordsTable, 'common' | 'names' | 'opposites'>> = {
		match: {},
		narrower: {},
		related: {},
		defined: {},
		compounds: [...compounds].sort(),
	};
	const seen = new Set<string>();
	for (const { lemma, letter, offsets, tagged } of lines) {
		const key = termsOf(input, lemma, () => true);
		if (key === undefined) continue;
		// A reader means a word in its usual part of speech: "resolve" is a verb far more than the noun that shares
		// a synset with the text's "resolution" (a formal declaration), so that noun's links are only related.
		const usual = tagged >= (mostTagged.get(lemma) ?? 0) * USUAL_PART_SHARE;
		for (const candidate of candidates.get(lemma) ?? []) {
			const rank = offsets.findIndex((o) => `${letter}${o}` === candidate.synset);
			if (rank < 0) continue;
			const relation = candidate.relation;
			// A definition speaks for the word's own first senses only, in its usual part of speech.
			if (relation === 'defined') {
				if (rank >= MAX_READER_SENSES || !usual) continue;
				for (const group of candidate.groups) addEntry(table.defined, seen, relation, key.join(' '), group);
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
			for (const group of candidate.groups) addEntry(table[kind], seen, kind, key.join(' '), group);
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
