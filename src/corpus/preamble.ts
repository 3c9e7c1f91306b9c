import type { Cursor, Mode } from './layout-mode.ts';
import { afterBreak } from './layout-mode.ts';
import { bullet, continuesSubItems, isPlainHeading, isPreambleChapeau, isSubItem, paragraphNumber } from './markers.ts';
import { joinWrapped, type HyphenClues } from './unwrap.ts';
import { heldPreamble, type PreambularDraft } from './held-preamble.ts';
import { chapeauAt, subjectInCapitals as subjectLines } from './chapeau.ts';
import { PreambleLetters } from './preamble-letters.ts';
import { blockAt, opensUnannouncedPreamble, readsAsSentences, startsOpeningParagraph } from './opening-paragraphs.ts';

/**
 * A resolution's preamble: after the line naming the organ that adopts it ("The General Assembly,", "The Security
 * Council,", "The Human Rights Council,"), unnumbered paragraphs that open with a participle or an adjective
 * ("Recalling …,", "Deeply concerned …,", "Mindful …,") and end with a comma, then the operative paragraphs `1.`,
 * `2.` … Readers quote them ("the third preambular paragraph"), so they are paragraphs, not context. The document
 * does not number them; the corpus holds them after the operative paragraphs' numbers (so that ids stay unique and
 * `/quote 3` stays operative paragraph 3), each with its place in the preamble, cited "preamble, ¶3" as an annex's
 * paragraphs are cited "annex, ¶1".
 */

export { PREAMBLE, heldPreamble, type PreambularDraft } from './held-preamble.ts';

/**
 * The opening word of a preambular paragraph: a participle (Recalling, Noting, Bearing, Alarmed, Convinced), an
 * adverb before one (Deeply, Gravely, Further, Also), an adjective (Mindful, Conscious, Cognizant, Desirous, Aware),
 * hyphenated (Re-emphasizing); the European Parliament's citations and recitals (`– having regard to …`, `A. whereas
 * …`). "United" ends like a participle but opens a name (United Nations), never a preambular
 * paragraph; nor does a noun in "-ment" (`Management, Resolution, …` wrapped after a comma).
 */
const OPENER =
	/^(?!United\b)(?:\p{Lu}[\p{Ll}-]+(?:ing|ed|ful|ly|ous|ant|(?<!m)ent|ndo|ados|adas|idos|idas)|Aware|Further|Also|\p{Lu}{4,}(?=[\s,])|[–—-]\s+having\s+regard|(?:[A-Z]{1,2}\.\s+)?[Ww]hereas)\b/u;

/** Whether a line opens as a preambular paragraph does (`Recalling …`, `Deeply concerned …`, `Mindful …`). */
export const opensAsPreambular = (text: string) => OPENER.test(text);

/**
 * The operative verb a declaration or decision sets on a line of its own between its preamble and its numbered
 * paragraphs (`DECLARE:`, `DECLARAN:`, `Decides:`, `Agree as follows:`, `Do hereby declare as follows:`): context, no
 * words of the last preambular paragraph.
 */
const OPERATIVE_VERB = /^(?:\p{L}+)(?: \p{L}+){0,5}:$/u;

/**
 * Whether a line is an item of the preambular paragraph open above it (`Recalling its resolutions:`, then
 * `(a) 46/182 of 19 December 1991;`, `(b) …,`): on a line of its own in the quote, as an operative paragraph's
 * sub-items are, so that the lead-in is not read as an operative verb and the items are not run together.
 */
function isPreambularItem(cursor: Cursor, open: string): boolean {
	const isItem = isSubItem(cursor.text) || bullet(cursor.text) !== undefined;
	return isItem && (cursor.blockStart || afterBreak(cursor.previous) || continuesSubItems(open, cursor.text));
}

/** Whether a text so marked may open with a preamble: numbered operative paragraphs, or lettered ones (ExCom's). */
export const opensWithPreamble = (mode: Mode) => mode.kind === 'numbered' || mode.kind === 'lettered';

/** Whether a line is the organ's line that opens a resolution's preamble (see markers.ts). */
export { isPreambleChapeau };

/** Lines of a declaration's subject in capitals at `i` (see chapeau.ts). */
const subjectInCapitals = (cursors: readonly Cursor[], i: number) => subjectLines(cursors, i, (t) => OPENER.test(t));

/**
 * Whether a line after the organ's line starts a preambular paragraph: one that opens with a participle or
 * adjective, at a block start or (in text without blank lines) right after a line that ended the one before with a
 * comma or semicolon. A line that goes on with the paragraph before (a wrapped line, a page break) does not.
 * (A block start alone is not enough: a page break may cut a paragraph.) Where every preambular paragraph so far
 * opened a block (`inBlocks`: the text sets them apart with blank lines), a line inside a block goes on with the
 * one open, though a wrapped line may open with a word that reads as a participle (`Prevention,` / `Management, …`).
 */
export function startsPreambular(cursor: Cursor, open: string | undefined, inBlocks = false): boolean {
	if (!OPENER.test(cursor.text) || (inBlocks && !cursor.blockStart)) return false;
	return open === undefined || /[,;]$/u.test(open.trimEnd());
}

/**
 * Whether a line is a heading between the preamble and the operative paragraphs (`Operative Paragraphs`, as the
 * African Union's Peace and Security Council prints it), not words of the last preambular paragraph: a short line
 * without a stop, after a paragraph its comma or semicolon closed, alone before a block or the first number. A
 * paragraph a page break cut does not end with its comma.
 */
function closesPreamble(cursor: Cursor, open: string, next: Cursor | undefined): boolean {
	return (
		/[,;]$/u.test(open.trimEnd()) &&
		isPlainHeading(cursor.text) &&
		(next === undefined || next.blockStart || paragraphNumber(next.text) !== undefined)
	);
}

/**
 * Reads a preamble as the parser meets its lines before the first operative paragraph: the organ's line (then
 * context), each preambular paragraph, and their wrapped lines. Lines it does not take are the front matter's.
 */
export class PreambleReader {
	/** The preambular paragraphs, once the organ's line is read (undefined before: front matter). */
	#drafts: PreambularDraft[] | undefined;
	/** A heading has closed the preamble: what follows up to the first operative paragraph is context. */
	#closed = false;
	/** Whether the last line taken went on with the open preambular paragraph (not one that opens a paragraph). */
	joined = false;
	/** Lines of a subject in capitals still to join to its first (see `subjectInCapitals`). */
	#subjectLeft = 0;
	/** The preamble opened without the organ's line (see opening-paragraphs.ts): each finished block is one. */
	#unannounced = false;
	/** Whether every preambular paragraph so far opened a block (see `startsPreambular`). */
	#inBlocks = true;
	/** The heading the preamble stands under, if any. */
	#section: string | null = null;
	/** The letters of a lettered preamble (see `PreambleLetters`). */
	#letters = new PreambleLetters();
	/** Lines of a chapeau still to join to the preambular paragraph it is (see chapeau.ts). */
	#chapeauLeft = 0;
	/** The chapeau kept as context (see chapeau.ts), with its first line: named in the import's notes. */
	#chapeau: { line: number; text: string } | undefined;

	/**
	 * Whether the line belongs to the preamble; `context` receives the organ's line and a heading that closes the
	 * preamble. `next` is the line after it.
	 */
	take(cursors: readonly Cursor[], i: number, words: HyphenClues, context: string[], section: string | null): boolean {
		const [cursor, next] = [cursors[i] as Cursor, cursors[i + 1]];
		// The section its organ's line stands in (`A. Regular Budget` of an IAEA resolution) is its paragraphs'.
		if (this.#drafts === undefined) this.#section = section;
		this.joined = false;
		if (this.#subjectLeft > 0) {
			this.#subjectLeft -= 1;
			context[context.length - 1] = joinWrapped(context.at(-1) ?? '', cursor.text, words);
			if (this.#chapeau && this.#subjectLeft === 0) this.#chapeau.text = context.at(-1) ?? '';
			return true;
		}
		const open = this.#drafts?.at(-1);
		if (this.#chapeauLeft > 0 && open) {
			this.#chapeauLeft -= 1;
			open.text = joinWrapped(open.text, cursor.text, words);
			this.joined = true;
			return true;
		}
		if (this.#closed) return false;
		const drafts = this.#drafts;
		const afterClause = open !== undefined && /[,;]$/u.test(open.text.trimEnd());
		// `Decides:` over the numbers is the operative verb; `Recalling its resolutions:` over items is a paragraph.
		const operativeVerb =
			afterClause && OPERATIVE_VERB.test(cursor.text) && !(next && isPreambularItem(next, cursor.text));
		if (open && (closesPreamble(cursor, open.text, next) || operativeVerb)) {
			this.#closed = true;
			context.push(cursor.text);
			return true;
		}
		const opensNext = this.#unannounced && open !== undefined && startsOpeningParagraph(cursor, open.text);
		// Without the organ's line, a block that reads as no sentence (a heading not known as one) ends the preamble.
		if (opensNext && !OPENER.test(cursor.text) && !readsAsSentences(blockAt(cursors, i))) {
			this.#closed = true;
			return false;
		}
		// A preamble the document letters (`(a) Accepting …,`, `(b) Noting …,`: an IAEA General Conference
		// resolution's) is read as an unlettered one, each letter in turn; the letter is its place (`preamble ¶1`).
		const lettered = drafts && this.#letters.next(cursor, drafts.length);
		if (lettered && startsPreambular({ ...cursor, text: lettered }, open?.text, this.#inBlocks && open !== undefined)) {
			drafts.push({ line: cursor.line, text: lettered });
			this.#letters.taken();
			this.#inBlocks &&= cursor.blockStart;
			return true;
		}
		if (drafts && (opensNext || startsPreambular(cursor, open?.text, this.#inBlocks && open !== undefined))) {
			drafts.push({ line: cursor.line, text: cursor.text });
			this.#inBlocks &&= cursor.blockStart;
			return true;
		}
		if (open) {
			open.text = isPreambularItem(cursor, open.text)
				? `${open.text}\n${cursor.text}`
				: joinWrapped(open.text, cursor.text, words);
			this.joined = true;
			return true;
		}
		if (!drafts && this.#takeChapeau(cursors, i, context)) return true;
		if (
			!drafts &&
			opensUnannouncedPreamble(
				cursors,
				i,
				(text) => OPENER.test(text),
				(at) => isPreambleChapeau(cursors[at]?.text ?? '') || subjectInCapitals(cursors, at) > 0,
			)
		) {
			this.#drafts = [{ line: cursor.line, text: cursor.text }];
			this.#unannounced = true;
			return true;
		}
		const subject = drafts ? 0 : subjectInCapitals(cursors, i);
		if (!drafts && (subject > 0 || isPreambleChapeau(cursor.text))) {
			this.#drafts = [];
			this.#subjectLeft = Math.max(0, subject - 1);
			if (subject > 0) this.#chapeau = { line: cursor.line, text: cursor.text };
			context.push(cursor.text);
			return true;
		}
		return false;
	}

	/**
	 * A chapeau (see chapeau.ts) at line `i`: context above preambular paragraphs, which are counted from the one after
	 * it (and named in the import's notes: its words are in no paragraph); above the first number with none between,
	 * the preamble's only paragraph, quoted and searched. One that announces a text (`adopted the following
	 * decision:`) is context either way.
	 */
	#takeChapeau(cursors: readonly Cursor[], i: number, context: string[]): boolean {
		const cursor = cursors[i] as Cursor;
		if (subjectInCapitals(cursors, i) > 0 || isPreambleChapeau(cursor.text)) return false;
		const chapeau = chapeauAt(cursors, i, (text) => OPENER.test(text));
		if (chapeau === undefined) return false;
		if (chapeau.overNumbers && !chapeau.announces) {
			this.#drafts = [{ line: cursor.line, text: cursor.text }];
			this.#chapeauLeft = chapeau.lines - 1;
			return true;
		}
		this.#drafts = [];
		this.#subjectLeft = chapeau.lines - 1;
		this.#chapeau = { line: cursor.line, text: cursor.text };
		context.push(cursor.text);
		return true;
	}

	/** The chapeau kept as context, if any (see `#takeChapeau`): its first line and text. */
	get chapeau(): { line: number; text: string } | undefined {
		return this.#chapeau;
	}

	/** The preambular paragraphs held after the number `after` (see `heldPreamble`). */
	held(after: number): ReturnType<typeof heldPreamble> {
		return heldPreamble(this.#drafts ?? [], after, this.#section);
	}
}
