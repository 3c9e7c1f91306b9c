import { acronymSenses } from './acronym-senses.ts';
import type { AcronymTable, SpelledName } from './acronyms.ts';
import { wordParts, type Analyzer } from './analyzer.ts';
import { irregularTerms, withIrregularBase } from './irregular-forms.ts';
import { otherNumberForms } from './number-forms.ts';
import { runTogether } from './run-together.ts';
import { commonWordsOf, matchRelated, MAX_LEMMA_WORDS, type RelatedWordsTable } from './related-words.ts';
import { compoundHead } from './compound-head.ts';
import { correctedSynonym } from './corrected-synonym.ts';
import { comparedBase, comparedSenses } from './compared-forms.ts';
import { oneWordEntry } from './lemma-lookup.ts';
import { definedAs } from './defined-as.ts';
import type { SemanticNeighbours } from './semantic-neighbours.ts';
import type { SynonymTable } from './synonyms.ts';
import { exactFormOf, spelledOut, typosOf, type KnownWords } from './word-forms.ts';

/** What a plan draws on besides the analyser: the curated table and the related words of the lexical resource. */
export interface PlanSources {
	analyzer: Analyzer;
	synonyms: SynonymTable;
	/** Worked out on first use: only a word the text lacks needs it. */
	related: () => RelatedWordsTable;
	/** The acronyms the text spells out, worked out on first use. */
	acronyms: () => AcronymTable;
	/** Whether the text defines an acronym (lower case) in brackets; any word may be one when not given. */
	defines?: (acronym: string) => boolean;
	/** The names the text writes in lower case that an acronym typed in capitals spells; none when not given. */
	lowerCaseNames?: (typed: string) => SpelledName[];
	known: KnownWords;
	/** Word-vector neighbours among the corpus's words, worked out on first use; undefined without word vectors. */
	semantic?: () => SemanticNeighbours | undefined;
	/** Whether a typed word is one of English (then a short one is no typo); every word is, when not given. */
	isEnglish?: (word: string) => boolean;
	/** Whether a typed word is known to be one of English (a whole word, not to be completed); none is, when not given. */
	knownEnglish?: (word: string) => boolean;
	/** Whether a typed word is among the commonest of English: never a typo of another (see `typosOf`). */
	commonEnglish?: (word: string) => boolean;
	/** The related-words table if at hand, never made for it (see `addSharedSenses`); none when not given. */
	relatedAtHand?: () => Pick<RelatedWordsTable, 'match'> | undefined;
	/** Two terms' best cosine between their written forms by word vectors (see `sharedSenses`); none when not given. */
	closeness?: (a: string, b: string) => number | undefined;
	/** Whether a paragraph with these index terms writes these words in a row (see `shortTypos`); never, if not given. */
	writesInRow?: (words: readonly string[], terms: readonly string[]) => boolean;
}

/** One thing the reader asked for: a word (or compound, or synonym key), or a quoted phrase. */
export interface QueryUnit {
	typed: string;
	/** Alternatives, each a list of index terms that must all match (a compound: joined, or its parts). */
	literal: string[][];
	/** Curated synonym meanings: alternatives of required terms, weighted below the words typed. */
	expansions: string[][];
	/** The curated meanings as written, for themes and explanations. */
	means: string[];
	/** For a quoted phrase: its words, compared word for word against the paragraph. */
	phrase?: string[];
	/** The last word as typed may be unfinished: the index terms of the words it begins. */
	completions: string[];
	/** For a word the text does not have: the terms of the written forms it is a typo of, with their edit distance. */
	/** `likelihood`: 1 for the form the text writes most among those equally close, less for the others. */
	typos: { term: string; distance: number; likelihood: number }[];
	/** Same-sense words from the lexical resource: alternatives of required terms, weighted below the curated table. */
	related: string[][];
	/** Narrower words of the lexical resource: matches only in a query where the reader's own words also match. */
	narrower: string[][];
	/** Looser neighbours from the lexical resource: never a match, only a way to the closest paragraphs. */
	looser: string[][];
	/**
	 * The looser neighbours that word vectors find all but the same sense (see `LINKING_NEIGHBOUR`): each says the part
	 * in other words toward a dead end's answer (see `partsInOtherWords`). None when not worked out.
	 */
	linking?: string[][];
	/** The typed word's own written form, when the text has it and also other forms of the same stem. */
	exactForm?: string;
	/** Whether the reader's own words can match (as typed, corrected, completed or through the curated table). */
	answerable: boolean;
	/** A word the question's form added, not one the reader typed (see `addedByForm`); marked where it is weighed. */
	added?: boolean;
}

/** Terms bolded only where they occur together, at most `slack` words apart. */
export interface TermGroup {
	terms: string[];
	slack: number;
}

/**
 * An acronym (`UN`, `CTC`, `U.N.` arrives without dots), a number or a word with a digit (`1.5`, `WHA76.8`, `G20`): a
 * whole token, never completed or corrected (`1.5` is not `15` nor `1.50`).
 */
export const isWholeToken = (word: string): boolean => /^\p{Lu}{2,6}s?$/u.test(word) || /\p{N}/u.test(word);

const sameGroup = (a: readonly string[], b: readonly string[]) => a.join(' ') === b.join(' ');

/**
 * The unit that starts at `words[i]`, and how many words it takes: a compound meets its joined and spaced forms,
 * adjacent words that the index holds joined ("peace building" → "peacebuilding") meet it too, a synonym key or a
 * WordNet entry of several words is one unit, the curated table and the lexical resource add their meanings, and a
 * word the text lacks is matched against the text's written forms as a typo (`typoSource`: remembered lookups).
 * `nextTyped`: whether the next word was typed right after this one (no small word dropped between).
 */
export function wordUnitAt(
	words: readonly string[],
	terms: readonly string[],
	i: number,
	sources: PlanSources,
	typoSource: KnownWords,
	nextTyped = true,
): { unit: QueryUnit; span: number } {
	const word = words[i] ?? '';
	const { analyzer, synonyms, related, known, acronyms } = sources;
	// A word WordNet knows, itself or by its base form ("specimens"): no two-edit slip of the text's (see `typosOf`).
	const inWordNet = (w: string) => commonWordsOf(related())(w);
	const whole = isWholeToken(word);
	// A slip in a curated key's words (`nuclear weopons`) is read corrected, as a word typed alone would be.
	const slip = (j: number) =>
		isWholeToken(words[j] ?? '') || known.hasTerm(terms[j] ?? '')
			? undefined
			: typosOf(words[j] ?? '', terms[j] ?? '', typoSource, sources.isEnglish, sources.commonEnglish, inWordNet)[0]
					?.term;
	const synonym = synonyms.match(terms, i) ?? correctedSynonym(terms, i, synonyms, slip);
	// Related words stand in for words the text lacks; a word it has finds its own paragraphs.
	const lacking = !whole && terms.slice(i, i + MAX_LEMMA_WORDS).some((t) => !known.hasTerm(t));
	// The lexical resource lists base forms: an irregular one ("women") is looked up as its base (woman).
	// Words the text has may still make a phrase it lacks ("took part": participate; see `reduceWordNet`), unless the
	// curated table says what the phrase means. Only words typed side by side (`nextTyped`) make one: "protection of
	// civilians" is no phrase of WordNet's, and need not wait for the table to be made.
	const phrasal = !whole && !synonym && nextTyped && i + 1 < terms.length;
	const lookup = lacking || phrasal ? withIrregularBase(terms, i, word, analyzer) : terms;
	// A comparison ("faster") is looked up as its adjective (fast), as the lexical resource lists it.
	const compared =
		lacking && lookup === terms && !known.hasTerm(terms[i] ?? '')
			? comparedBase(word, related(), sources.semantic?.())
			: undefined;
	// One word is looked up by its lemmas, several by their terms (see `oneWordEntry`).
	const one = lacking || phrasal ? oneWordEntry(related(), compared ?? word, analyzer, sources.semantic) : undefined;
	const found = one ? matchRelated(related().match, lookup, i, one) : undefined;
	const ownWords = found !== undefined && terms.slice(i, i + found.length).every((t) => known.hasTerm(t));
	const lexical = (found && found.length > 1 && ownWords ? phrasal : lacking) ? found : undefined;
	const next = words[i + 1];
	const joined = next !== undefined && !/[-\u2010\u2011]/.test(word + next) ? analyzer.term(word + next) : null;
	const span =
		synonym?.length ??
		(joined !== null && known.hasTerm(joined) ? 2 : lexical && lexical.length > 1 ? lexical.length : 1);
	const covered = words.slice(i, i + span);
	const literal: string[][] = [covered.flatMap((w) => compoundParts(analyzer, w))];
	for (const w of covered)
		if (/[-\u2010\u2011]/.test(w) || wordParts(w).length > 0) literal.push([analyzer.term(w) ?? '']);
	if (span === 2 && joined !== null && !synonym && known.hasTerm(joined)) literal.push([joined]);
	// An irregular form of a word the text has ("crises" for its "crisis") is that word: the stemmer cannot tell.
	if (span === 1 && !whole && !synonym) for (const t of irregularTerms(word, analyzer, known)) literal.push([t]);
	// So is a number written the other way ("5th" for the text's "Fifth", "10-year" for its "ten-year").
	if (span === 1 && !synonym) literal.push(...otherNumberForms(word, analyzer, known));
	// And two words of the text run together ("humanrights") are those words.
	const apartWords =
		span === 1 && !whole && !synonym && !known.hasTerm(terms[i] ?? '') && sources.isEnglish
			? runTogether(word, analyzer, known, sources.isEnglish)
			: undefined;
	if (apartWords) literal.push(apartWords);
	const capitalised = span === 1 && !synonym ? spelledOut(word, terms[i] ?? '', acronyms, known, sources.defines) : [];
	// Only an acronym nothing else explains is read from the text's lower-case words (see `lowerCaseNames`).
	const unexplained = span === 1 && !synonym && !lexical && capitalised.length === 0 && !known.hasTerm(terms[i] ?? '');
	// Typed in lower case as chat is ("uav", "idps"), a short word that is no word of English is one too.
	const asAcronym = /^\p{Ll}{3,5}s?$/u.test(word) && !(sources.isEnglish?.(word) ?? true) ? word.toUpperCase() : word;
	const spelled = unexplained ? (sources.lowerCaseNames?.(asAcronym) ?? []) : capitalised;
	// Nor a name of the text's: what WordNet means by it, as the vectors bear out (`TB`: tuberculosis).
	const acronymic =
		whole && unexplained && spelled.length === 0 ? acronymSenses(word, related(), sources.semantic?.()) : [];
	const expansions = [...(synonym?.expansions ?? []), ...spelled.map((s) => s.terms)].filter(
		(e) => !literal.some((l) => sameGroup(l, e)),
	);
	const typos =
		span === 1 && !whole && spelled.length === 0
			? typosOf(word, terms[i] ?? '', typoSource, sources.isEnglish, sources.commonEnglish, inWordNet)
			: [];
	const key = lookup.slice(i, i + span);
	// A hyphenated word WordNet writes as words apart ("get-together": get_together, a meeting) is looked up so too,
	// as all its parts (never its first part alone), before its joined form.
	const spaced = span === 1 && lacking && /[-\u2010\u2011]/.test(word) ? compoundParts(analyzer, word) : [];
	const apart = lexical === undefined && spaced.length > 1 ? spaced : undefined;
	const entry = (side: Record<string, string[][]>): string[][] | undefined => {
		const whole = apart ? matchRelated(side, apart, 0, undefined, apart.length) : undefined;
		if (whole && whole.length === apart?.length) return whole.groups;
		const found = matchRelated(side, key, 0, span === 1 ? one : undefined, span);
		return found?.length === span ? found.groups : undefined;
	};
	// Looked up as a comparison's adjective, only the senses the comparison has (see `comparedSenses`).
	const senses = compared === undefined ? (groups: string[][]) => groups : comparedSenses(word, sources.semantic?.());
	const lexicalMatch = senses(lexical?.length === span ? lexical.groups : apart ? (entry(related().match) ?? []) : []);
	const looser = lacking ? senses(entry(related().related) ?? []) : undefined;
	const narrower = lacking ? senses(entry(related().narrower) ?? []) : undefined;
	const headRelated =
		span === 1 && !synonym && lexicalMatch.length === 0 ? compoundHead(word, analyzer, known, related) : [];
	// A definition speaks for the word typed only when the text lacks that word itself (not only one after it).
	const defined =
		lacking && span === 1 && !known.hasTerm(terms[i] ?? '')
			? definedAs(word, one, related().defined, sources.semantic?.())
			: [];
	const unit: QueryUnit = {
		typed: covered.join(' '),
		literal,
		expansions,
		means: [...(synonym?.means ?? []), ...spelled.map((s) => s.name)],
		completions: [],
		typos,
		related: [...lexicalMatch, ...headRelated, ...defined, ...acronymic].filter(
			(g) => ![...literal, ...expansions].some((l) => sameGroup(l, g)),
		),
		narrower: narrower ? [...narrower] : [],
		// Copies: word-vector neighbours are added to a unit's lists, never to the shared table's.
		looser: looser ? [...looser] : [],
		answerable: false,
	};
	// A typo's correction is the form the reader meant: it ranks like a word typed right.
	const meant = typos.length > 0 ? (typoSource.closeForms(word, typos[0]?.distance ?? 0)[0]?.form ?? word) : word;
	// Hyphenated where the text writes it joined ("multi-lateralism"), the joined form is the one typed.
	const joinedForm = meant.replace(/[-\u2010\u2011]/gu, '');
	const exact =
		span === 1
			? (exactFormOf(meant, analyzer.term(meant) ?? '', analyzer, known) ??
				(joinedForm === meant ? undefined : exactFormOf(joinedForm, analyzer.term(joinedForm) ?? '', analyzer, known)))
			: undefined;
	if (exact !== undefined) unit.exactForm = exact;
	return { unit, span };
}

/** A word's index terms: one, or a compound's or identifier's parts (its whole form is a separate alternative). */
export function compoundParts(analyzer: Analyzer, word: string): string[] {
	const parts = wordParts(word);
	return (parts.length > 0 ? parts : [word]).map((p) => analyzer.term(p)).filter((t): t is string => t !== null);
}

/** Whether some alternative's terms are all words of the text. */
function anyKnown(alternatives: readonly (readonly string[])[], known: KnownWords): boolean {
	return alternatives.some((terms) => terms.length > 0 && terms.every((t) => known.hasTerm(t)));
}

/** Whether the reader's own words can match: as typed, through the curated table, corrected or completed. */
export function isAnswerable(unit: QueryUnit, known: KnownWords): boolean {
	return (
		anyKnown(unit.literal, known) ||
		anyKnown(unit.expansions, known) ||
		unit.typos.length > 0 ||
		unit.completions.length > 0
	);
}
