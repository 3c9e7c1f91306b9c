import type { Cursor } from './layout-mode.ts';
import { PREAMBLE, PreambleReader, isPreambleChapeau } from './preamble.ts';
import type { HeldDraft } from './quoted-resolution.ts';
import { sectionPartName } from './section-parts.ts';
import type { HyphenClues } from './unwrap.ts';

/**
 * A resolution in sections that each open with the organ's line and a preamble of their own (an IAEA General
 * Conference resolution: `A. Regular Budget`, `The General Conference,`, `(a) Accepting …,`, `1. Appropriates …`;
 * then `B. Technical Cooperation Fund`, `The General Conference,`, `(a) …`, `1. Decides …`). The first section's
 * preamble is read as any resolution's (see preamble.ts); a later section's, after operative paragraphs, is read the
 * same way from the organ's line right under its heading, and held too: after every number, in document order, marked
 * by its section (`section B, preamble ¶1`, cited `section B, preamble, ¶1`), as the first section's then is
 * (`section A, preamble ¶1`), so that each is told from the other.
 */
export class SectionPreambles {
	readonly #read: { reader: PreambleReader; section: string; line: number }[] = [];
	#open: { reader: PreambleReader; section: string } | undefined;

	/**
	 * Whether line `i` belongs to a later section's preamble: its organ's line right under the section's heading
	 * (`underHeading`), or a line of the preamble that line opened. `context` receives the organ's line.
	 */
	take(
		cursors: readonly Cursor[],
		i: number,
		at: { words: HyphenClues; context: string[]; section: string | null; underHeading: boolean },
	): boolean {
		const { words, context, section, underHeading } = at;
		const cursor = cursors[i] as Cursor;
		if (this.#open && this.#open.section === section && this.#open.reader.take(cursors, i, words, context, section))
			return true;
		this.#open = undefined;
		if (!underHeading || section === null || !isPreambleChapeau(cursor.text)) return false;
		const reader = new PreambleReader();
		if (!reader.take(cursors, i, words, context, section)) return false;
		this.#open = { reader, section };
		this.#read.push({ reader, section, line: cursor.line });
		return true;
	}

	/**
	 * The paragraphs with each later section's preamble in its place (before the section's first operative paragraph),
	 * held after `after` and every number so far.
	 */
	placed(paragraphs: HeldDraft[]): HeldDraft[] {
		let next = Math.max(0, ...paragraphs.map((p) => p.number));
		// With sections that each have a preamble, the first section's is named by its section too.
		const all = paragraphs.map((p) =>
			this.#read.length > 0 && p.inAnnex?.annex === PREAMBLE && p.section !== null
				? {
						...p,
						inAnnex: { annex: `${sectionPartName(p.section, undefined)}, ${PREAMBLE}`, number: p.inAnnex.number },
					}
				: p,
		);
		for (const { reader, section, line } of this.#read) {
			const held: HeldDraft[] = reader.held(next).map((p) => ({
				...p,
				inAnnex: { annex: `${sectionPartName(section, undefined)}, ${PREAMBLE}`, number: p.inAnnex.number },
			}));
			next += held.length;
			const at = all.findIndex((p) => p.line > line);
			all.splice(at < 0 ? all.length : at, 0, ...held);
		}
		return all;
	}
}

/** Whether a part's name is a preamble's (`Preamble`, `Section B, Preamble`): its paragraphs print no number. */
export const isPreamblePart = (annex: string | undefined) =>
	annex !== undefined && (annex === PREAMBLE || annex.endsWith(`, ${PREAMBLE}`));
