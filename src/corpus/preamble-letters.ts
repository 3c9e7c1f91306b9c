import type { Cursor } from './layout-mode.ts';
import { letterMark } from './markers.ts';

/**
 * The letters of a preamble the document letters: an IAEA General Conference resolution sets its preambular
 * paragraphs as `(a) Accepting …,`, `(b) Noting …,` before its operative `1.`, `2.`. Each is a preambular paragraph
 * (cited by its place, `preamble ¶1`, as an unlettered one is), never front matter: read in turn from `(a)`, as the
 * first of the preamble, so that an item under a preambular paragraph's ":" (`(a) 46/182 of …;`) stays an item.
 */
export class PreambleLetters {
	/** The letter of the last lettered preambular paragraph taken; undefined before the first. */
	#last: string | undefined;
	/** The letter of the line last offered, until it is taken. */
	#offered: string | undefined;

	/**
	 * The text after the letter when line `cursor` opens the next lettered preambular paragraph (`(a)` as the
	 * preamble's first, after `drafts` none; then the letter after the last one), else undefined.
	 */
	next(cursor: Cursor, drafts: number): string | undefined {
		// At a block start, or (text copied without blank lines) right under the comma that closes the line above.
		const lineStart = cursor.blockStart || /[,;]$/u.test(cursor.previous ?? '');
		const mark = lineStart ? letterMark(cursor.text) : undefined;
		if (mark === undefined) return undefined;
		const wanted = this.#last === undefined ? (drafts === 0 ? 'a' : undefined) : nextLetter(this.#last);
		if (mark.letter !== wanted) return undefined;
		this.#offered = mark.letter;
		return mark.rest;
	}

	/** The line last offered was taken as a preambular paragraph. */
	taken(): void {
		this.#last = this.#offered;
	}
}

const nextLetter = (letter: string) => String.fromCharCode(letter.charCodeAt(0) + 1);
