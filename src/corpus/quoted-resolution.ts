import { PREAMBLE, isPreambleChapeau } from './preamble.ts';
import type { AnnexPlace } from './types.ts';
import { isSubItem } from './markers.ts';

/**
 * A press release that gives a resolution's full text ("The full text of resolution 2811 (2026) reads as follows:")
 * quotes it paragraph by paragraph: `“The Security Council,`, `“Recalling …,`, `“1. Decides …;`, … the last one
 * closing with `”`. Those paragraphs are the resolution's, numbered by it: readers cite "operative paragraph 1" and
 * "the second preambular paragraph", not the press release's fifth block. The press release's own paragraphs (its
 * lead, the statements after the vote) keep their numbers by position, ¶1, ¶2 …; the resolution's are held after
 * them (so that ids stay unique and `/quote 1` stays the press release's lead), each with its place as the
 * resolution prints it: `preamble ¶2` (as a resolution's own preamble, see preamble.ts) and `resolution ¶1` for an
 * operative paragraph, cited "SC/16321, resolution 2811 (2026), ¶1" as UN documents cite a resolution's paragraph.
 */

/** What the parser holds of a paragraph, as far as this pass needs it. */
export interface HeldDraft {
	number: number;
	section: string | null;
	line: number;
	text: string;
	inAnnex?: AnnexPlace | undefined;
	ownMark?: string | undefined;
}

const OPENING = /^[“"]\s*/u;
const CLOSING = /\s*[”"]$/u;
/** An operative paragraph's own number after the opening mark: `“1.  Decides`. */
const OPERATIVE = /^[“"]\s*(\d{1,3})\.\s+/u;
/** The resolution the lead-in names: "The full text of resolution 2811 (2026) reads as follows:". */
const NAMED = /\bresolution\s+(\d{1,5}\s*\(\d{4}\))/iu;

/** Whether a quoted paragraph's marks balance, its opening one included: the last, which closes the quotation. */
function closesQuotation(text: string): boolean {
	const count = (mark: RegExp) => text.match(mark)?.length ?? 0;
	if (text.startsWith('"')) return count(/"/gu) % 2 === 0;
	return count(/“/gu) === count(/”/gu);
}

/** The quoted run's paragraphs after the organ's line, up to the one that closes the quotation; undefined if none. */
function quotedRun(drafts: readonly HeldDraft[], from: number): number | undefined {
	for (let i = from; i < drafts.length; i += 1) {
		const text = drafts[i]?.text ?? '';
		if (!OPENING.test(text)) return undefined;
		if (CLOSING.test(text) && closesQuotation(text)) return i;
	}
	return undefined;
}

/**
 * The drafts with a quoted resolution read as one: its organ's line moved to `context`, its preambular and operative
 * paragraphs held after the document's own with their places, quotation marks stripped. Drafts without a quoted
 * resolution (the organ's line in quotes, at least one numbered paragraph, the quotation closed) come back as given.
 */
export function withQuotedResolution(drafts: readonly HeldDraft[], context: string[]): HeldDraft[] {
	const chapeau = drafts.findIndex((d) => OPENING.test(d.text) && isPreambleChapeau(d.text.replace(OPENING, '')));
	if (chapeau < 0) return [...drafts];
	const last = quotedRun(drafts, chapeau + 1);
	if (last === undefined) return [...drafts];
	const quoted = drafts.slice(chapeau + 1, last + 1);
	const firstOperative = quoted.findIndex((d) => OPERATIVE.test(d.text));
	if (firstOperative < 0) return [...drafts];

	const named = context.findLast((c) => NAMED.test(c))?.match(NAMED)?.[1];
	const resolution = named === undefined ? 'Resolution' : `Resolution ${named.replace(/\s+/gu, ' ')}`;
	const own = [...drafts.slice(0, chapeau), ...drafts.slice(last + 1)].map((d, i) => ({ ...d, number: i + 1 }));
	const held: HeldDraft[] = [];
	for (const [i, d] of quoted.entries()) {
		const operative = OPERATIVE.exec(d.text);
		let text = d.text.replace(operative ? OPERATIVE : OPENING, '');
		if (i === quoted.length - 1) text = text.replace(CLOSING, '');
		const previous = held.at(-1);
		// A quoted block after the operative paragraphs began that has no number of its own (`“(a) …`) is a sub-item;
		// so is an item of a preambular paragraph whose lead-in ends with `:` (`“Recalling its resolutions:`).
		const leadIn = previous?.text.split('\n')[0] ?? '';
		const preambularItem = i < firstOperative && isSubItem(text) && leadIn.endsWith(':');
		if (((i > firstOperative && !operative) || preambularItem) && previous) {
			previous.text = `${previous.text}\n${text}`;
			continue;
		}
		const inAnnex: AnnexPlace =
			i < firstOperative
				? { annex: PREAMBLE, number: held.length + 1 }
				: { annex: resolution, number: Number(operative?.[1]) };
		held.push({ number: own.length + held.length + 1, section: d.section, line: d.line, text, inAnnex });
	}
	const organ = drafts[chapeau]?.text.replace(OPENING, '');
	if (organ !== undefined) context.push(organ);
	// In document order: the press release's paragraphs before the quotation, the resolution, those after it.
	return [...own.slice(0, chapeau), ...held, ...own.slice(chapeau)];
}
