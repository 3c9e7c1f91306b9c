import { isAnnexHeading } from './markers.ts';
import { namesTextOfItsOwn } from './numbering.ts';
import { sectionName } from './paragraph-lines.ts';

/**
 * A text's headings by level, so that a paragraph's section names every heading it stands under: a Chairman's
 * Statement's `I. ASEAN COMMUNITY BUILDING` over `Political-Security Community` gives
 * `I. ASEAN COMMUNITY BUILDING — Political-Security Community`, each heading as printed. A heading closes the ones of
 * its level or below and opens under the rest. The levels, from the top: a chapter or part (`CHAPTER III`), a numbered one (`I.`, `2.`, `Section 2`),
 * a lettered one (`A.`), a plain one in capitals, a plain one. A text with headings of one level keeps its sections
 * as they were; an annex's line starts again from the top (and is named before its headings: `Annex — I. …`), and so
 * does a heading that names a text a report carries (`Agreed conclusions on …`).
 */

/** A roman numeral as a heading's mark (`IV.`, `XII.`), the letters a heading's mark may have (`C.` is roman too). */
const ROMAN_MARK = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.\s/u;
const LETTER_MARK = /^([A-Z])\.\s/u;
const NUMBER_MARK = /^(?:\d{1,3}\.\s|(?:Section|SECTION|Item|ITEM) \d)/u;

/** `CHAPTER III`, `Part 2`: a level above the numbered headings (an empty stack is rank 0). */
const CHAPTER = /^(?:Chapter|CHAPTER|Part|PART)\s+(?:\d{1,3}|[IVXLC]{1,6})$/u;
const CHAPTER_RANK = 0.5;

/**
 * The longest section named with its outer headings: a quote's title (256 characters in Discord) holds the paragraph's
 * mark (`agreed conclusions ¶12 · `) and the section; a longer path keeps its innermost headings only.
 */
const MAX_PATH_LENGTH = 200;

interface Level {
	rank: number;
	lines: readonly string[];
}

export class SectionLevels {
	#open: Level[] = [];

	/**
	 * The section a heading (its lines so far; the same array while it wraps) names, with the headings above it.
	 * `annex`: the annex the text is in, if any.
	 */
	name(heading: readonly string[], annex: string | undefined): string {
		if (isAnnexHeading(heading[0] ?? '')) {
			this.#open = [];
			return sectionName(heading, annex);
		}
		if (this.#open.at(-1)?.lines !== heading) {
			// A text a report carries under its own heading (`Agreed conclusions on …`) is read as one of its own.
			if (namesTextOfItsOwn(heading[0] ?? '')) this.#open = [];
			const rank = this.#rankOf(heading[0] ?? '');
			while ((this.#open.at(-1)?.rank ?? 0) >= rank) this.#open.pop();
			this.#open.push({ rank, lines: heading });
		}
		const names = this.#open.map((level) => sectionName(level.lines, undefined));
		// The outer headings go first when all would not fit in a quote's title with the paragraph's mark.
		while (names.length > 1 && names.join(' — ').length > MAX_PATH_LENGTH) names.shift();
		const path = names.join(' — ');
		return annex === undefined ? path : `${annex} — ${path}`;
	}

	/** Closes every heading: a separator ended the part they head. */
	close(): void {
		this.#open = [];
	}

	/** 1 for a numbered heading, 2 lettered, 3 plain in capitals, 4 plain; a chapter above them all. */
	#rankOf(line: string): number {
		const letter = LETTER_MARK.exec(line)?.[1];
		// `C.` after `B.` (or `I.` after `H.`) goes on with the letters; alone, a roman mark is a numbered heading's.
		const previous = this.#open.find((level) => level.rank === 2)?.lines[0];
		const afterLetter =
			letter !== undefined && previous?.startsWith(`${String.fromCharCode(letter.charCodeAt(0) - 1)}.`);
		// A chapter or part (`CHAPTER III`, `Part 2`) holds the numbered and lettered headings under it.
		if (CHAPTER.test(line)) return CHAPTER_RANK;
		if (ROMAN_MARK.test(line) && !afterLetter) return 1;
		if (NUMBER_MARK.test(line)) return 1;
		if (letter !== undefined) return 2;
		return /\p{Ll}/u.test(line) ? 4 : 3;
	}
}
