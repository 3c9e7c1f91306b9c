/**
 * Paragraph numbers typed together in a box meant for one (`3 4`, `3, 4`, `3 and 4`, `3-5`, `¶¶3–5`): read as such,
 * so that no door quotes one of them by accident (the one-reference reader took a word before a number for a
 * document's symbol, and `3 4` became ¶4).
 */
export interface SeveralParagraphs {
	/** The first reference as typed (after the document's symbol, if one was typed first): the one to quote. */
	first: string;
	/** The others, as the reply names them: `¶4`, `¶4–10` for the rest of a range. */
	others: string[];
	/** The reference to type for the next one (`4`). */
	next: string;
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
	let text = typed.trim();
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
	const others: string[] = [];
	let next: number | undefined;
	for (let i = 1; i < numbers.length; i += 1) {
		const from = numbers[i - 1] ?? 0;
		const to = numbers[i] ?? 0;
		if (RANGE_WORDS.test(joins[i - 1] ?? '') && to > from) {
			// A range: the numbers after its start, which is named already (`3-5` → ¶4–5; `3-4` → ¶4).
			const start = from + 1;
			others.push(start === to ? `¶${to}` : `¶${start}–${to}`);
			next ??= start;
		} else if (to !== firstNumber && !others.includes(`¶${to}`)) {
			others.push(`¶${to}`);
			next ??= to;
		}
	}
	if (next === undefined) return undefined;
	return { first: `${symbol === undefined ? '' : `${symbol} `}${firstNumber}`, others, next: String(next) };
}
