import { documentOf } from '../corpus/lookup.ts';
import { isPreamblePart } from '../corpus/section-preambles.ts';
import { halfWidth } from '../corpus/text.ts';
import type { Corpus, Paragraph } from '../corpus/types.ts';

/**
 * Paragraph numbers typed together in a box meant for one (`3 4`, `3, 4`, `3 and 4`, `3-5`, `¶¶3–5`): read as such,
 * so that no door quotes one of them by accident (the one-reference reader took a word before a number for a
 * document's symbol, and `3 4` became ¶4).
 */
export interface SeveralParagraphs {
	/** The first reference as typed (after the document's symbol, if one was typed first): the one to quote. */
	first: string;
	/** The others, in the order typed: one number (`from` = `to`) or the rest of a range (`3-5` → 4 to 5). */
	others: Span[];
}

/** Paragraph numbers `from` to `to`, both included. */
interface Span {
	from: number;
	to: number;
}

/** What the reply says of the others: those the document has (`¶4`, `¶4–10`), the next to ask for, and those it lacks. */
export interface OthersAsked {
	others: string[];
	/** The reference to type for the next one (`4`); undefined when the document has none of the others. */
	next: string | undefined;
	/** The numbers asked for that the document does not have (`¶40`, `¶11–40`). */
	missing: string[];
}

/** Words between two numbers that make a range (`3 to 5`, `3 à 5`, `3 al 5`, `3 до 5`, `3至5`); others make a list. */
const RANGE_WORDS = /^(?:-|–|—|\.\.|~|to|through|thru|till|until|à|au|a|al|hasta|до|по|至|到)$/iu;
/** A leading word that names paragraphs in general (`paragraphs 3 and 4`, `paras 3, 4`, `¶¶ 3–4`). */
const LEADING = /^(?:¶¶?|paragraph[se]?s?|párrafos?|paras?\.?|pp?\.|пункты?|段)\s*/iu;
/** A number, and what stands between two numbers: punctuation, a dash, or one short word (`and`, `et`, `y`, `и`). */
const NUMBER = /¶?\s*(\d+)\.?/uy;
const BETWEEN = /\s*([,;&+/、，]|-|–|—|\.\.|~|[\p{L}]{1,8}|和|及|至|到)?\s*/uy;

/**
 * Reads `typed` as two or more paragraph numbers; undefined for anything else (one number, words, a choice's name,
 * `annex 1`, `1.1`). `symbol` is a document's symbol typed first (`SG/2084 3, 4`), kept on the first reference.
 */
export function severalParagraphs(typed: string, symbols: readonly string[] = []): SeveralParagraphs | undefined {
	let text = halfWidth(typed).trim();
	const symbol = symbols.find((s) => text.startsWith(`${s} `));
	if (symbol !== undefined) text = text.slice(symbol.length + 1).trim();
	text = text.replace(LEADING, '');
	const numbers: number[] = [];
	const joins: string[] = [];
	let at = 0;
	for (;;) {
		NUMBER.lastIndex = at;
		const number = NUMBER.exec(text);
		if (!number) return undefined;
		numbers.push(Number(number[1]));
		at = NUMBER.lastIndex;
		if (at === text.length) break;
		BETWEEN.lastIndex = at;
		const between = BETWEEN.exec(text);
		if (!between || BETWEEN.lastIndex === at) return undefined;
		joins.push(between[1] ?? ' ');
		at = BETWEEN.lastIndex;
	}
	if (numbers.length < 2) return undefined;
	const [firstNumber = 0] = numbers;
	const others: Span[] = [];
	for (let i = 1; i < numbers.length; i += 1) {
		const from = numbers[i - 1] ?? 0;
		const to = numbers[i] ?? 0;
		// A range: the numbers after its start, which is named already (`3-5` → ¶4–5; `3-4` → ¶4).
		if (RANGE_WORDS.test(joins[i - 1] ?? '') && to > from) others.push({ from: from + 1, to });
		else if (to !== firstNumber && !others.some((o) => o.from === to && o.to === to)) others.push({ from: to, to });
	}
	if (others.length === 0) return undefined;
	return { first: `${symbol === undefined ? '' : `${symbol} `}${firstNumber}`, others };
}

/**
 * The others asked for, split by whether the quoted paragraph's document has them (`has`: its paragraph numbers), so
 * that the reply never tells the asker to ask for a paragraph there is not (`/quote 3 40` of a ten-paragraph document).
 */
export function othersAsked(several: SeveralParagraphs, has: ReadonlySet<number>): OthersAsked {
	const asked: OthersAsked = { others: [], next: undefined, missing: [] };
	// Past the document's last number nothing is there: a range running on (`3-99999`) is not read number by number.
	const last = Math.max(0, ...has);
	for (const { from, to } of several.others) {
		let run: { from: number; there: boolean } | undefined = from > last ? { from, there: false } : undefined;
		const close = (end: number) => {
			if (!run) return;
			const name = run.from === end ? `¶${end}` : `¶${run.from}–${end}`;
			(run.there ? asked.others : asked.missing).push(name);
			if (run.there) asked.next ??= String(run.from);
		};
		for (let n = from; n <= Math.min(to, last + 1); n += 1) {
			const there = has.has(n);
			if (run?.there !== there) {
				close(n - 1);
				run = { from: n, there };
			}
		}
		close(to);
	}
	return asked;
}

/**
 * `othersAsked` of the document `quoted` is in: the numbers `/quote <number>` finds there, those it prints (an
 * annex's or a section's own numbers, not the positions they are held at, nor a preamble's: see `resolveParagraph`).
 */
export function othersAskedBeside(corpus: Corpus, several: SeveralParagraphs, quoted: Paragraph): OthersAsked {
	const { paragraphs } = documentOf(corpus, quoted);
	const printed = paragraphs.flatMap((p) => (isPreamblePart(p.inAnnex?.annex) ? [] : [p.inAnnex?.number ?? p.number]));
	return othersAsked(several, new Set(printed));
}
