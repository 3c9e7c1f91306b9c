import { foldCase } from '../corpus/text.ts';
import type { Analyzer } from './analyzer.ts';
import type { Highlighter } from './highlight.ts';
import { allRows } from './match-flow.ts';
import type { ParagraphColumns } from './paragraph-columns.ts';
import type { QueryExecutor } from './query-executor.ts';
import { MAX_QUERY_TERMS } from './query-plan.ts';
import { TEXT_FIELD } from './ranked.ts';
import { rank } from './ranking.ts';
import { LazyHit, type SearchHit } from './search-hit.ts';
import { SEARCH_OPTIONS } from './search-options.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The most characters of a passage that are read (a message is at most 4000). */
const MAX_PASSAGE = 4000;

/** What finding the paragraphs closest to a passage reads of the index (see `ParagraphIndex.similar`). */
export interface PassageIndex {
	analyzer: Analyzer;
	vocabulary: Vocabulary;
	executor: QueryExecutor;
	columns: ParagraphColumns;
	/** What a reply needs to bold the words of one hit (see `ParagraphIndex.highlighter`). */
	highlighter: (matchedTerms: ReadonlySet<string>) => Highlighter;
}

/**
 * The paragraphs closest to a passage (a quote or paraphrase pasted from elsewhere): its most distinctive words
 * that the text knows, at most `MAX_QUERY_TERMS`, any of them matching. Bounded work for any length of passage.
 */
export function similarParagraphs(
	passage: string,
	index: PassageIndex,
): { keyTerms: string[]; hits: SearchHit[]; words: number } {
	const known = new Set<string>();
	// Every word of the passage (stop words aside), known or not: what a count of shared words is out of. Counted
	// against the known ones alone, a message in another language that shares four words the text happens to have
	// "shared 4 of 4".
	const all = new Set<string>();
	for (const word of index.analyzer.tokens(passage.slice(0, MAX_PASSAGE))) {
		const term = index.analyzer.term(word);
		if (term !== null) all.add(term);
		if (term !== null && index.vocabulary.hasTerm(term)) known.add(term);
	}
	const words = all.size;
	const keyTerms = rarest(known, index);
	return { keyTerms, hits: closestTo(keyTerms, index), words };
}

/** A passage's terms the text knows, the rarest first, at most `MAX_QUERY_TERMS`. */
function rarest(known: Iterable<string>, index: PassageIndex): string[] {
	return [...known]
		.sort((a, b) => index.vocabulary.frequency(a) - index.vocabulary.frequency(b))
		.slice(0, MAX_QUERY_TERMS);
}

/** The paragraphs with any of `keyTerms`, best first. */
function closestTo(keyTerms: readonly string[], index: PassageIndex): SearchHit[] {
	if (keyTerms.length === 0) return [];
	const matches = index.executor.matchSet(
		{ combineWith: 'OR', queries: [...keyTerms] },
		{ ...SEARCH_OPTIONS, fields: [TEXT_FIELD] },
	);
	return rank(matches, allRows(matches), index.columns, [], undefined, LazyHit.maker(index.highlighter));
}

/** A sentence this long, found word for word in a paragraph, is a quote of it (shorter ones are common phrases). */
const QUOTED_WORDS = 6;
/** How many of a passage's sentences are looked up (a message is at most 4000 characters). */
const MAX_SENTENCES = 40;
/** How many of the closest paragraphs to one sentence are read for it word for word. */
const CANDIDATES = 3;

/** Text reduced to its words, folded, one space between: what "word for word" compares. */
const wordsOnly = (text: string) =>
	` ${foldCase(text)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;

/**
 * Where a passage's sentences end: a sentence's end, a line's, and a quotation mark (a quote pasted into a chat line,
 * `look: “…” right?`, is read apart from the words around it, which its paragraph does not have).
 */
const SENTENCE_BREAK = /(?<=[.!?;:])\s+|\n+|["“”«»„]/u;

/** A passage's sentences (see `SENTENCE_BREAK`), each as written and as its words only. */
function sentencesOf(passage: string): { text: string; words: string }[] {
	return passage
		.slice(0, MAX_PASSAGE)
		.split(SENTENCE_BREAK)
		.map((text) => ({ text, words: wordsOnly(text) }))
		.filter((sentence) => sentence.words.trim() !== '');
}

/**
 * What a passage quotes word for word of `paragraphs`: its sentences found in one of them, as written. A message
 * that quotes a paragraph is about what it quotes: the chat around the quote ("lol look", "right?") is no part of
 * what the other paragraphs are compared with.
 */
export function quotedPart(passage: string, paragraphs: readonly { text: string }[]): string {
	const texts = paragraphs.map((p) => wordsOnly(p.text));
	return sentencesOf(passage)
		.filter((sentence) => texts.some((text) => text.includes(sentence.words)))
		.map((sentence) => sentence.text.trim())
		.join('\n');
}

/**
 * The paragraphs a passage quotes word for word (a paste of several paragraphs, with chat around it), in the order it
 * quotes them: each sentence of six words or more is looked up by its own rarest words, and the closest paragraphs
 * are read for it whole. Bounded work: at most `MAX_SENTENCES` lookups of a few terms.
 */
export function quotedParagraphs(passage: string, index: PassageIndex): SearchHit[] {
	const sentences = sentencesOf(passage)
		.map((sentence) => sentence.words)
		.filter((sentence) => sentence.trim().split(' ').length >= QUOTED_WORDS)
		.slice(0, MAX_SENTENCES);
	const found: { hit: SearchHit; text: string }[] = [];
	for (const sentence of sentences) {
		if (found.some((f) => f.text.includes(sentence))) continue;
		const terms = index.analyzer.tokens(sentence).flatMap((word) => {
			const term = index.analyzer.term(word);
			return term !== null && index.vocabulary.hasTerm(term) ? [term] : [];
		});
		for (const hit of closestTo(rarest(new Set(terms), index), index).slice(0, CANDIDATES)) {
			const text = wordsOnly(hit.paragraph.text);
			if (!text.includes(sentence)) continue;
			if (!found.some((f) => f.hit.paragraph === hit.paragraph)) found.push({ hit, text });
			break;
		}
	}
	return found.map((f) => f.hit);
}
