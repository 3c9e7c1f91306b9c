import { ENDS_SENTENCE, bullet, isNumberedHeading, isPlainHeading, isSubItem, paragraphNumber } from './markers.ts';
import { readBlocks, type Block, type SourceLine } from './source-lines.ts';
import { normalizeWhitespace } from './text.ts';
import { joinWrapped, wordsOf } from './unwrap.ts';

/** One conclusion as the document publishes it. */
export interface ParsedParagraph {
	/** The document's own number, or its position when the document does not number its paragraphs. */
	number: number;
	/** The innermost heading above it, as published (`V. Terrorism`), or null before any heading. */
	section: string | null;
	/** Without its own number or bullet; wrapped lines joined; sub-items on their own lines; characters as published. */
	text: string;
	/** The source line it starts on. */
	line: number;
}

/** Something a reader of the data should look at (a numbering gap), with the line it is on. */
export interface SourceProblem {
	line: number;
	message: string;
}

/** What a source text holds once its furniture (date line, title, page furniture, end marker) is set aside. */
export interface ParsedSource {
	/** Context before the first conclusion: the dateline paragraph, a lead-in ending with ":". */
	preamble: string | null;
	paragraphs: ParsedParagraph[];
	problems: SourceProblem[];
}

/** "31 July 2003": the release date line a UN press release starts with. */
const DATE_LINE = /^\d{1,2} \p{Lu}\p{Ll}+ \d{4}$/u;
/** "NEW YORK, 30 July (UN Headquarters) -- Following are…": the dateline that opens a press release. */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+, \d{1,2} \p{Lu}\p{Ll}+.*?--/u;
/** "* *** *": the end marker of a press release; anything after it is not part of the text. */
const END_MARKER = /^\*[\s*]*$/u;
/** A jump in numbering larger than this at a block start is not read as a missing paragraph but as text. */
const MAX_GAP = 50;

type Mode = { kind: 'numbered'; first: number } | { kind: 'bulleted'; marker: string } | { kind: 'plain' };

/** A line in reading order, with what surrounds it. */
interface Cursor extends SourceLine {
	blockStart: boolean;
	previous: string | undefined;
}

const blockText = (block: Block) => normalizeWhitespace(block.map((l) => l.text).join(' '));

/** Whether the line after `previous` may start something new: the previous line ended a sentence or a heading. */
function afterBreak(previous: string | undefined): boolean {
	return previous === undefined || ENDS_SENTENCE.test(previous) || isNumberedHeading(previous);
}

/** Sets aside what comes before the text (date line, title, dateline) and after it (end marker). */
function splitFrontMatter(blocks: Block[], title: string): { dateline: Block | undefined; body: Block[] } {
	const ended: Block[] = [];
	for (const block of blocks) {
		const end = block.findIndex((l) => END_MARKER.test(l.text));
		if (end >= 0) {
			if (end > 0) ended.push(block.slice(0, end));
			break;
		}
		ended.push(block);
	}
	const datelineAt = ended.findIndex((block) => DATELINE.test(blockText(block)));
	if (datelineAt >= 0) return { dateline: ended[datelineAt], body: ended.slice(datelineAt + 1) };
	const wantedTitle = normalizeWhitespace(title).toLowerCase();
	const body = ended
		.map((block, i) => (i < 3 ? block.filter((l) => !DATE_LINE.test(normalizeWhitespace(l.text))) : block))
		.filter((block, i) => block.length > 0 && !(i < 3 && blockText(block).toLowerCase() === wantedTitle));
	return { dateline: undefined, body };
}

function cursorsOf(body: Block[]): Cursor[] {
	const cursors: Cursor[] = [];
	let previous: string | undefined;
	for (const block of body) {
		for (const [i, line] of block.entries()) {
			cursors.push({ ...line, blockStart: i === 0, previous });
			previous = line.text;
		}
	}
	return cursors;
}

/** Where a paragraph number may stand: at a block start, or at a line start after a finished sentence. */
function numberAt(cursor: Cursor) {
	if (!cursor.blockStart && !afterBreak(cursor.previous)) return undefined;
	const mark = paragraphNumber(cursor.text);
	if (!mark) return undefined;
	// Inside a block, only a number before a capital (a new sentence) is trusted: "5. the" is a wrapped line.
	if (!cursor.blockStart && mark.rest !== '' && !/^[\p{Lu}\p{N}"“‘'([]/u.test(mark.rest)) return undefined;
	return mark;
}

/** Blocks that are text of their own: not a heading, a sub-item or a bullet. */
const isPlainBlock = (c: Cursor) =>
	c.blockStart && !bullet(c.text) && !isSubItem(c.text) && !isPlainHeading(c.text) && !isNumberedHeading(c.text);

/**
 * How the document marks its conclusions: its own numbers when two of them follow each other (the first may be any
 * value: extracts start mid-report) and numbered paragraphs make up most of what follows the first, else bullets
 * when most of what follows the first bullet is bullets, else blocks. A numbered list inside an unnumbered text
 * (an address listing its points) leaves the text unnumbered.
 */
function detectMode(cursors: readonly Cursor[]): Mode {
	const candidates = cursors.flatMap((c, at) => {
		const mark = numberAt(c);
		return mark ? [{ number: mark.number, at }] : [];
	});
	const start = candidates.find((c, i) => candidates.slice(i + 1).some((d) => d.number === c.number + 1));
	// A one-paragraph extract: a single numbered block with at most a title and a date before it.
	const single = candidates.length === 1 && candidates[0] && cursors[candidates[0].at]?.blockStart === true;
	const lone = single && cursors.slice(0, candidates[0]?.at).filter((c) => c.blockStart).length <= 3;
	const first = start ?? (lone ? candidates[0] : undefined);
	if (first !== undefined) {
		const others = cursors.slice(first.at).filter((c) => isPlainBlock(c) && numberAt(c) === undefined).length;
		if (candidates.length * 2 >= others) return { kind: 'numbered', first: first.number };
	}
	const bullets = cursors.filter((c) => (c.blockStart || afterBreak(c.previous)) && bullet(c.text));
	const marker = bullets[0] ? bullet(bullets[0].text)?.marker : undefined;
	if (marker !== undefined) {
		const firstAt = cursors.indexOf(bullets[0] as Cursor);
		const sameMarker = bullets.filter((c) => bullet(c.text)?.marker === marker).length;
		const otherBlocks = cursors.slice(firstAt).filter(isPlainBlock).length;
		if (sameMarker >= 2 && sameMarker > otherBlocks) return { kind: 'bulleted', marker };
	}
	return { kind: 'plain' };
}

/** Below this share of the wrap width, a line that ends a sentence ends its paragraph (hard-wrapped text). */
const SHORT_LINE = 0.75;
/** Proportional fonts wrap lines of unequal length: a next word "would have fitted" only with this margin. */
const FITS = 0.9;

/**
 * How wide the text is wrapped: the length most lines of several-line blocks reach (their 90th percentile), or 0
 * when the text is not hard-wrapped (one line per paragraph), so that no line counts as short.
 */
function wrapWidthOf(cursors: readonly Cursor[]): number {
	const wrapped = cursors
		.filter((c, i) => !c.blockStart || cursors[i + 1]?.blockStart === false)
		.map((c) => c.text.length)
		.sort((a, b) => a - b);
	if (wrapped.length < 5) return 0;
	return wrapped[Math.floor(wrapped.length * 0.9)] ?? 0;
}

/** Whether a line opens something of its own: a paragraph number, a bullet, a sub-item or a numbered heading. */
function startsSomething(text: string): boolean {
	return (
		paragraphNumber(text) !== undefined || bullet(text) !== undefined || isSubItem(text) || isNumberedHeading(text)
	);
}

interface Draft {
	number: number;
	section: string | null;
	line: number;
	text: string;
}

/**
 * Splits a published text into its preamble and paragraphs, whatever the layout: numbered paragraphs (`1.`, `12)`)
 * under roman or lettered headings, bulleted conclusions after a lead-in, or plain blocks; hard-wrapped or
 * double-spaced text (from a PDF); page furniture between the lines. The quoted text keeps its original characters.
 *
 * @param title - the document's title from its metadata, recognized and skipped when there is no dateline
 */
export function parseSource(source: string, title: string): ParsedSource {
	const words = wordsOf(source);
	const { dateline, body } = splitFrontMatter(readBlocks(source), title);
	const cursors = cursorsOf(body);
	const mode = detectMode(cursors);
	const context: string[] = dateline ? [dateline.map((l) => l.text).join(' ')] : [];
	const paragraphs: Draft[] = [];
	const problems: SourceProblem[] = [];
	let section: string | null = null;
	let heading: string[] | undefined;
	let current: Draft | undefined;
	let expected: number | undefined;

	const wrapWidth = wrapWidthOf(cursors);
	const lastLineOfBlock = (i: number): string => {
		let at = i;
		while (cursors[at + 1] !== undefined && !cursors[at + 1]?.blockStart) at += 1;
		return cursors[at]?.text ?? '';
	};
	/** The number an unnumbered document gives its next paragraph: its position. */
	const position = () => paragraphs.length + (current ? 2 : 1);
	const startsParagraph = (cursor: Cursor, i: number): { number: number; rest: string } | undefined => {
		if (mode.kind === 'numbered') {
			const mark = numberAt(cursor);
			if (!mark) return undefined;
			if (expected === undefined) return mark.number === mode.first ? mark : undefined;
			if (mark.number === expected) return mark;
			const looksLikeOne = cursor.blockStart || mark.number <= expected + 3;
			if (mark.number > expected && mark.number <= expected + MAX_GAP && looksLikeOne) {
				const missing = mark.number - expected === 1 ? `${expected}` : `${expected}–${mark.number - 1}`;
				problems.push({ line: cursor.line, message: `¶${mark.number} follows ¶${expected - 1}: ¶${missing} missing` });
				return mark;
			}
			if (cursor.blockStart && mark.number < expected) {
				problems.push({
					line: cursor.line,
					message: `"${mark.number}." after ¶${expected - 1} repeats or goes back; kept as text of ¶${expected - 1}`,
				});
			}
			return undefined;
		}
		if (mode.kind === 'bulleted') {
			if (!cursor.blockStart && !afterBreak(cursor.previous)) return undefined;
			const mark = bullet(cursor.text);
			return mark?.marker === mode.marker ? { number: position(), rest: mark.rest } : undefined;
		}
		if (!cursor.blockStart) {
			// Hard-wrapped text without blank lines between paragraphs: a short line that ends a sentence ends one.
			const after = cursor.previous;
			const opens = /^[\p{Lu}\p{N}"“‘(]/u.test(cursor.text) && !isSubItem(cursor.text) && !bullet(cursor.text);
			// It ends one when it is short, or when the next line's first word would have fitted on it.
			const firstWord = cursor.text.split(' ', 1)[0] ?? '';
			const ended =
				after !== undefined &&
				ENDS_SENTENCE.test(after) &&
				(after.length < SHORT_LINE * wrapWidth || after.length + 1 + firstWord.length <= FITS * wrapWidth);
			return current && opens && ended ? { number: position(), rest: cursor.text } : undefined;
		}
		// Before the first conclusion of a text without dateline, a short line is its title or a label, and a block
		// that does not end like a sentence is a title too.
		const oneLine = cursors[i + 1]?.blockStart !== false;
		if (!current && !dateline && oneLine && isPlainHeading(cursor.text)) return undefined;
		if (!current && !dateline && !ENDS_SENTENCE.test(lastLineOfBlock(i))) return undefined;
		if (isSubItem(cursor.text) || bullet(cursor.text))
			return current ? undefined : { number: position(), rest: cursor.text };
		// A block that goes on with the sentence the previous one left open is that paragraph's continuation.
		if (current && !ENDS_SENTENCE.test(current.text) && /^\p{Ll}/u.test(cursor.text)) return undefined;
		return { number: position(), rest: cursor.text };
	};

	const isHeadingAt = (cursor: Cursor, i: number): boolean => {
		const next = cursors[i + 1];
		// A numbered heading after a title line (no closing stop) is known by what follows it.
		const beforeMark = next !== undefined && (numberAt(next) !== undefined || isNumberedHeading(next.text));
		if (isNumberedHeading(cursor.text) && (cursor.blockStart || afterBreak(cursor.previous) || beforeMark)) return true;
		if (!cursor.blockStart && !afterBreak(cursor.previous)) return false;
		// Before the first conclusion, a plain short line is a title, unless a dateline has opened the text.
		if (!current && !dateline) return false;
		if (current && !ENDS_SENTENCE.test(current.text)) return false;
		if (!isPlainHeading(cursor.text)) return false;
		// A sentence cut by a page break is not a heading: the next block goes on with it in lower case.
		if (next !== undefined && /^\p{Ll}/u.test(next.text)) return false;
		// A one-line block, or a line the next paragraph starts right after.
		return next === undefined || next.blockStart || (cursor.blockStart && startsNextLine(next));
	};
	const startsNextLine = (next: Cursor) => bullet(next.text) !== undefined || paragraphNumber(next.text) !== undefined;

	for (const [i, cursor] of cursors.entries()) {
		// A wrapped heading goes on until something else starts.
		if (heading && !cursor.blockStart && !startsSomething(cursor.text)) {
			if (!ENDS_SENTENCE.test(heading.join(' ')) && heading.join(' ').length + cursor.text.length < 200) {
				heading.push(cursor.text);
				section = heading.join(' ').trim();
				continue;
			}
		}
		heading = undefined;
		if (isHeadingAt(cursor, i)) {
			heading = [cursor.text];
			section = cursor.text.trim();
			if (current) paragraphs.push(current);
			current = undefined;
			continue;
		}
		const start = startsParagraph(cursor, i);
		if (start) {
			if (current) paragraphs.push(current);
			current = { number: start.number, section, line: cursor.line, text: start.rest };
			if (mode.kind === 'numbered') expected = start.number + 1;
			continue;
		}
		if (!current) {
			// Before the first conclusion: context (a lead-in), or in a numbered text its front matter.
			if (cursor.blockStart || context.length === 0) context.push(cursor.text);
			else context[context.length - 1] = joinWrapped(context.at(-1) ?? '', cursor.text, words);
			continue;
		}
		current.text = appendLine(current.text, cursor, mode, words);
	}
	if (current) paragraphs.push(current);

	// A document of plain blocks: a first block ending with ":" introduces the conclusions, it is not one.
	if (mode.kind === 'plain') {
		while (paragraphs.length > 1 && paragraphs[0]?.text.endsWith(':') && !paragraphs[0].text.includes('\n')) {
			context.push((paragraphs.shift() as Draft).text);
			for (const p of paragraphs) p.number -= 1;
		}
	}
	return {
		preamble: context.length > 0 ? context.join('\n\n') : null,
		paragraphs: paragraphs.map(({ number, section: s, line, text }) => ({
			number,
			section: s,
			line,
			text: text.replace(/\s+$/u, ''),
		})),
		problems,
	};
}

/** Adds a line to a paragraph: sub-items on their own line, a new block after a finished sentence too, else wrapped. */
function appendLine(text: string, cursor: Cursor, mode: Mode, words: ReadonlySet<string>): string {
	if (text === '') return cursor.text;
	const itemMark = bullet(cursor.text);
	const isItem =
		isSubItem(cursor.text) ||
		(itemMark !== undefined && !(mode.kind === 'bulleted' && itemMark.marker === mode.marker));
	if (isItem && (cursor.blockStart || afterBreak(cursor.previous))) return `${text}\n${cursor.text}`;
	if (cursor.blockStart && ENDS_SENTENCE.test(text)) return `${text}\n${cursor.text}`;
	return joinWrapped(text, cursor.text, words);
}
