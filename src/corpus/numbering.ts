import type { Cursor } from './layout-mode.ts';
import type { SourceProblem } from './parsed-source.ts';
import type { AnnexPlace } from './types.ts';

/**
 * The kinds of text a report or an outcome carries under a heading of their own, numbered from 1: `Agreed
 * conclusions on …`, `Ministerial declaration`, `Resolution 63/1`, `Recommendations of the Commission`.
 */
export const TEXT_KINDS = String.raw`(?:Draft\s+)?(?:Agreed\s+conclusions|(?:Ministerial\s+|Political\s+|Joint\s+)?declaration|Resolution|Decision|Conclusions|Recommendations|Outcome\s+document|(?:Programme|Plan)\s+of\s+action|Chair['’]s\s+summary)`;
const TEXT_OF_ITS_OWN = new RegExp(String.raw`^(${TEXT_KINDS})\b`, 'iu');

/** Whether a heading names a kind of text a report carries (`Agreed conclusions on …`): the top of its own headings. */
export const namesTextOfItsOwn = (line: string) => TEXT_OF_ITS_OWN.test(line.trim());

/** A jump in numbering larger than this at a block start is not read as a missing paragraph but as text. */
const MAX_GAP = 50;

/**
 * The paragraph numbers of a numbered text as the parser meets them: which printed number starts the next paragraph,
 * a gap (said, and kept), a number that goes back (kept as text, and said: a paragraph may be hidden in the one
 * before), and an annex whose numbers start again at 1 after its `Annex` line: its paragraphs are held under the
 * body's next numbers (so that ids stay unique), each remembering the annex and the number printed on it.
 */
export class Numbering {
	/** The annex the text is in (`Annex II`): it also names the annex's own headings (`Annex II — I. Introduction`). */
	annex: string | undefined;
	/** The printed number the next paragraph should have; undefined before the first. */
	#expected: number | undefined;
	/** How much further on an annex's paragraphs are held than their printed numbers (0 outside a restarted annex). */
	#shift = 0;
	/** An `Annex` line was read and no paragraph has started since: its numbers may start again. */
	#inNewAnnex = false;
	/** The `Annex` line came before any numbered paragraph (a letter's annex): all that follows is the annex's. */
	#annexFirst = false;
	/**
	 * What a heading just read names, when it heads a text of its own (`Agreed conclusions on …` → `Agreed
	 * conclusions`) and no paragraph has started since: its numbers may start again at 1, as an annex's do.
	 */
	#part: string | undefined;

	/**
	 * @param first - the printed number a paragraph must have to be the first
	 * @param problems - where gaps and numbers that go back are said
	 */
	constructor(
		private readonly first: number,
		private readonly problems: SourceProblem[],
	) {}

	/** An `Annex` line (a heading) was read. */
	enterAnnex(line: string): void {
		this.#part = undefined;
		this.#inNewAnnex = true;
		this.#annexFirst ||= this.#expected === undefined;
		this.annex = line;
	}

	/**
	 * Another heading was read. A report carries the texts it adopted under their own headings, numbered from 1
	 * again (its `1. At its 2nd meeting, … the Commission adopted the agreed conclusions…`, then `Agreed conclusions
	 * on …` and their `1.`, `2.`…): when such a heading names the kind of text it heads and a `1.` follows it, that
	 * text is a part of its own, held and cited as an annex is (`agreed conclusions, ¶1`).
	 */
	enterHeading(line: string): void {
		this.#part = TEXT_OF_ITS_OWN.exec(line.trim())?.[1]?.replace(/\s+/gu, ' ');
	}

	/**
	 * Whether a line opening with printed number `own.number` starts the next paragraph, and under which number it is
	 * held (with the rest of its text: a shifted paragraph is cited by its printed number, no words of its text).
	 * `open` is the mark of the paragraph that takes the line in when it starts none (`annex ¶3`), or undefined when
	 * none is open.
	 */
	start(
		own: { number: number; rest: string },
		cursor: Cursor,
		open?: string,
	): { number: number; rest: string } | undefined {
		const expected = this.#expected;
		const mark = this.#shift === 0 ? own : { number: own.number + this.#shift, rest: own.rest };
		if (expected === undefined) return own.number === this.first ? mark : undefined;
		if (own.number === expected) return mark;
		if (this.#part !== undefined && own.number === 1 && own.number < expected) {
			this.annex = this.#part;
			this.#inNewAnnex = true;
		}
		if (this.#inNewAnnex && own.number < expected) {
			this.#shift = expected + this.#shift - own.number;
			return { number: own.number + this.#shift, rest: own.rest };
		}
		const looksLikeOne = cursor.blockStart || own.number <= expected + 3;
		if (own.number > expected && own.number <= expected + MAX_GAP && looksLikeOne) {
			const missing = own.number - expected === 1 ? `${expected}` : `${expected}–${own.number - 1}`;
			this.problems.push({
				line: cursor.line,
				message: `¶${own.number} follows ¶${expected - 1}: ¶${missing} missing`,
			});
			return mark;
		}
		// A number that goes back at a line start after a finished sentence (a restart without an `Annex` line above
		// it, a repeat) is kept as text, and said: a paragraph may be hidden in the one before.
		if (own.number < expected && (cursor.blockStart || /^\p{Lu}/u.test(own.rest))) {
			this.problems.push({
				line: cursor.line,
				// What happens to the line, as it happens: in the open paragraph, or (none open) out of the quotes.
				message: `"${own.number}." after ¶${expected - 1} repeats or goes back; ${open === undefined ? 'no paragraph is open above it, so it is kept out of the quotes' : `kept as text of ${open}`}`,
			});
		}
		return undefined;
	}

	/**
	 * A paragraph started under `held` (what `start` returned): the next printed number is expected. For one held
	 * under a shifted number, or in an annex that came before any numbered paragraph (its numbers are its own even
	 * though nothing shifts them), the annex and the number printed on it, to cite it as the document does.
	 */
	started(held: number): AnnexPlace | undefined {
		this.#expected = held - this.#shift + 1;
		this.#inNewAnnex = false;
		this.#part = undefined;
		return (this.#shift !== 0 || this.#annexFirst) && this.annex !== undefined
			? { annex: this.annex, number: held - this.#shift }
			: undefined;
	}
}
