import type { Cursor } from './layout-mode.ts';
import { paragraphNumber } from './markers.ts';

/**
 * A numbered text without the organ's line may still open with a preamble: an OIC communiqué's unnumbered opening
 * paragraphs (`The Seventeenth Session of the Islamic Summit … was held in Banjul…`), then `Recalling …;` and
 * `Welcoming …;` paragraphs, then its first heading and `1.`. They are the document's words, quoted as its
 * preamble is; the front matter above them (symbol, title in capitals, place and date) is not.
 */

/** A block reads as sentences: a capital first, small letters, several words, a stop, semicolon or comma last. */
const MIN_SENTENCE_WORDS = 8;
/** How far ahead, in lines, a preambular paragraph is looked for before the first number. */
const LOOK_AHEAD = 80;

/** The lines of the block that opens at `i`, joined. */
export function blockAt(cursors: readonly Cursor[], i: number): string {
	const lines: string[] = [];
	for (let j = i; j < cursors.length && (j === i || cursors[j]?.blockStart !== true); j += 1) {
		lines.push(cursors[j]?.text ?? '');
	}
	return lines.join(' ');
}

/** Whether a block's text reads as sentences (see `MIN_SENTENCE_WORDS`): not a title, date, symbol or lead-in. */
export function readsAsSentences(text: string): boolean {
	return (
		/^\p{Lu}/u.test(text) &&
		/\p{Ll}/u.test(text) &&
		text.split(/\s+/u).length >= MIN_SENTENCE_WORDS &&
		/[.;,][)"'”’»]*$/u.test(text)
	);
}

/**
 * Whether the block at `i`, before the first numbered paragraph, opens a preamble that no organ's line announced: it
 * reads as sentences, and blocks further on before the first number open as preambular paragraphs do (`opens`,
 * the participle or adjective) and end with a semicolon (one is enough) or a comma (two), with no organ's line
 * (`announces`) between them.
 */
export function opensUnannouncedPreamble(
	cursors: readonly Cursor[],
	i: number,
	opens: (text: string) => boolean,
	announces: (at: number) => boolean,
): boolean {
	const cursor = cursors[i];
	if (cursor?.blockStart !== true || !readsAsSentences(blockAt(cursors, i))) return false;
	// One paragraph ending with `;` (as a communiqué sets them), or two ending with `,`: a single participle's
	// sentence ending with a comma may be the front matter's own (`Recalling the last meeting, the chair opened…,`).
	let [semicolons, commas] = [0, 0];
	for (let j = i; j < Math.min(cursors.length, i + LOOK_AHEAD); j += 1) {
		const line = cursors[j] as Cursor;
		// An organ's line further on opens the preamble (`The Peace and Security Council,`): what is above it is not.
		if (announces(j)) return false;
		if (!line.blockStart) continue;
		if (paragraphNumber(line.text) !== undefined) break;
		if (!opens(line.text)) continue;
		const end = blockAt(cursors, j).at(-1);
		if (end === ';') semicolons += 1;
		if (end === ',') commas += 1;
	}
	return semicolons > 0 || commas > 1;
}

/** Whether a block opening at `i` starts a new paragraph of such a preamble: the one before ended a sentence. */
export function startsOpeningParagraph(cursor: Cursor, open: string): boolean {
	return cursor.blockStart && /[.;,][)"'”’»]*$/u.test(open.trimEnd());
}

/** A block of front matter: where it starts, and its place in the context the parser keeps. */
interface FrontBlock {
	line: number;
	at: number;
}

/** How much of a block a note quotes. */
const QUOTED = 60;

/**
 * The front matter of a numbered text, block by block, as the parser sets it aside before the first paragraph: a
 * block that reads as sentences (not a masthead, title, date or symbol; not a lead-in or an organ's line, which end
 * with `:` or `,`) is text a reader may look for, so it is named (see `sentences`): nothing is dropped silently.
 */
export class FrontMatter {
	readonly #blocks: FrontBlock[] = [];

	/** A front-matter block opens at this line: it becomes the context's last entry. */
	push(context: string[], line: { line: number; text: string }): void {
		context.push(line.text);
		this.#blocks.push({ line: line.line, at: context.length - 1 });
	}

	/**
	 * The blocks that read as sentences, each with its first line, its first words and, when longer than a note
	 * quotes, its last words: a block may open with a masthead and end with the text a reader looks for.
	 */
	sentences(context: readonly string[]): { line: number; text: string; end?: string }[] {
		return this.#blocks.flatMap(({ line, at }) => {
			const text = context[at] ?? '';
			// A table of contents' dot leaders (`Introduction . . . . 3`) end no sentence.
			const sentence =
				/\p{Ll}/u.test(text) &&
				text.split(/\s+/u).length >= MIN_SENTENCE_WORDS &&
				/[.;!?][)"'”’»]*$/u.test(text) &&
				!/(?:\. ?){4}/u.test(text);
			if (!sentence) return [];
			if (text.length <= QUOTED) return [{ line, text }];
			return [{ line, text: `${text.slice(0, QUOTED)}…`, end: `…${text.slice(-QUOTED)}` }];
		});
	}
}
