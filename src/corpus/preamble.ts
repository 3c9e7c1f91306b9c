import type { Cursor } from './layout-mode.ts';
import { afterBreak } from './layout-mode.ts';
import { bullet, continuesSubItems, isPlainHeading, isSubItem, paragraphNumber } from './markers.ts';
import { joinWrapped, type HyphenClues } from './unwrap.ts';
import type { AnnexPlace } from './types.ts';
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

/** What a preambular paragraph's place is called: marks read "preamble ¶3", citations "preamble, ¶3". */
export const PREAMBLE = 'Preamble';

/** The organ's line: "The General Assembly,", "The Economic and Social Council,", alone on its line. */
const CHAPEAU = /^The (?:\p{Lu}[\p{L}'’-]*)(?: (?:\p{Lu}[\p{L}'’-]*|and|of|on|for|the)){0,7},$/u;

/**
 * The opening word of a preambular paragraph: a participle (Recalling, Noting, Bearing, Alarmed, Convinced), an
 * adverb before one (Deeply, Gravely, Further, Also), an adjective (Mindful, Conscious, Cognizant, Desirous, Aware),
 * hyphenated (Re-emphasizing). "United" ends like a participle but opens a name (United Nations), never a preambular
 * paragraph.
 */
const OPENER =
	/^(?!United\b)(?:\p{Lu}[\p{Ll}-]+(?:ing|ed|ful|ly|ous|ant|ent|ndo|ados|adas|idos|idas)|Aware|Further|Also|\p{Lu}{4,}(?=[\s,]))\b/u;

/**
 * The subject of a declaration set in capitals, then where its authors met, ending with a comma: `THE MINISTERS OF
 * FOREIGN AFFAIRS AND HEADS OF DELEGATION OF THE MEMBER STATES OF THE ORGANIZATION OF AMERICAN STATES (OAS),
 * gathered in …,` (`LOS MINISTROS DE RELACIONES EXTERIORES …, reunidos en …,`). It opens the preamble as the organ's
 * line does (so does `THE GENERAL ASSEMBLY,`), its preambular paragraphs in capitals (`RECOGNIZING that …;`).
 */
const SUBJECT_IN_CAPITALS = /^(?:[\p{Lu}()'’-]{2,}[\s,]+){3}/u;
/** How many lines such a subject may wrap over. */
const MAX_SUBJECT_LINES = 8;

/**
 * The operative verb a declaration or decision sets on a line of its own between its preamble and its numbered
 * paragraphs (`DECLARE:`, `DECLARAN:`, `Decides:`, `Agree as follows:`): context, no words of the last preambular
 * paragraph.
 */
const OPERATIVE_VERB = /^(?:\p{L}+)(?: \p{L}+){0,3}:$/u;

/**
 * Whether a line is an item of the preambular paragraph open above it (`Recalling its resolutions:`, then
 * `(a) 46/182 of 19 December 1991;`, `(b) …,`): on a line of its own in the quote, as an operative paragraph's
 * sub-items are, so that the lead-in is not read as an operative verb and the items are not run together.
 */
function isPreambularItem(cursor: Cursor, open: string): boolean {
	const isItem = isSubItem(cursor.text) || bullet(cursor.text) !== undefined;
	return isItem && (cursor.blockStart || afterBreak(cursor.previous) || continuesSubItems(open, cursor.text));
}

/** A preambular paragraph as the parser collects it, before it gets its held number. */
export interface PreambularDraft {
	line: number;
	text: string;
}

/** Whether a line is the organ's line that opens a resolution's preamble. */
export function isPreambleChapeau(text: string): boolean {
	return CHAPEAU.test(text.trim());
}

/**
 * How many lines from `i` a declaration's subject in capitals takes (see `SUBJECT_IN_CAPITALS`), up to the line that
 * ends it with a comma, at the end of its block or before a preambular paragraph; 0 when none opens there.
 */
function subjectInCapitals(cursors: readonly Cursor[], i: number): number {
	if (!SUBJECT_IN_CAPITALS.test(cursors[i]?.text ?? '')) return 0;
	for (let end = i; end < i + MAX_SUBJECT_LINES; end += 1) {
		const line = cursors[end];
		if (line === undefined || (end > i && line.blockStart)) return 0;
		const next = cursors[end + 1];
		if (/,$/u.test(line.text) && (next === undefined || next.blockStart || OPENER.test(next.text))) {
			return end - i + 1;
		}
	}
	return 0;
}

/**
 * Whether a line after the organ's line starts a preambular paragraph: one that opens with a participle or
 * adjective, at a block start or (in text without blank lines) right after a line that ended the one before with a
 * comma or semicolon. A line that goes on with the paragraph before (a wrapped line, a page break) does not.
 * (A block start alone is not enough: a page break may cut a paragraph.)
 */
export function startsPreambular(cursor: Cursor, open: string | undefined): boolean {
	if (!OPENER.test(cursor.text)) return false;
	return open === undefined || /[,;]$/u.test(open.trimEnd());
}

/**
 * The preambular paragraphs held after the operative ones: numbers from `after + 1`, in the order printed, each
 * with its place in the preamble.
 */
export function heldPreamble(
	drafts: readonly PreambularDraft[],
	after: number,
): (PreambularDraft & { number: number; section: null; inAnnex: AnnexPlace })[] {
	return drafts.map((d, i) => ({
		...d,
		number: after + i + 1,
		section: null,
		inAnnex: { annex: PREAMBLE, number: i + 1 },
	}));
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

	/**
	 * Whether the line belongs to the preamble; `context` receives the organ's line and a heading that closes the
	 * preamble. `next` is the line after it.
	 */
	take(cursors: readonly Cursor[], i: number, words: HyphenClues, context: string[]): boolean {
		const [cursor, next] = [cursors[i] as Cursor, cursors[i + 1]];
		this.joined = false;
		if (this.#subjectLeft > 0) {
			this.#subjectLeft -= 1;
			context[context.length - 1] = joinWrapped(context.at(-1) ?? '', cursor.text, words);
			return true;
		}
		if (this.#closed) return false;
		const drafts = this.#drafts;
		const open = drafts?.at(-1);
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
		if (drafts && (opensNext || startsPreambular(cursor, open?.text))) {
			drafts.push({ line: cursor.line, text: cursor.text });
			return true;
		}
		if (open) {
			open.text = isPreambularItem(cursor, open.text)
				? `${open.text}\n${cursor.text}`
				: joinWrapped(open.text, cursor.text, words);
			this.joined = true;
			return true;
		}
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
			context.push(cursor.text);
			return true;
		}
		return false;
	}

	/** The preambular paragraphs held after the number `after` (see `heldPreamble`). */
	held(after: number): ReturnType<typeof heldPreamble> {
		return heldPreamble(this.#drafts ?? [], after);
	}
}
