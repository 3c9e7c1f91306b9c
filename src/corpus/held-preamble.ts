import type { AnnexPlace } from './types.ts';

/** What a preambular paragraph's place is called: marks read "preamble ¶3", citations "preamble, ¶3". */
export const PREAMBLE = 'Preamble';

/** A preambular paragraph as the parser collects it, before it gets its held number. */
export interface PreambularDraft {
	line: number;
	text: string;
}

/**
 * The preambular paragraphs held after the operative ones: numbers from `after + 1`, in the order printed, each
 * with its place in the preamble, under the heading the preamble stands under (none in most resolutions).
 */
export function heldPreamble(
	drafts: readonly PreambularDraft[],
	after: number,
	section: string | null = null,
): (PreambularDraft & { number: number; section: string | null; inAnnex: AnnexPlace })[] {
	return drafts.map((d, i) => ({
		...d,
		number: after + i + 1,
		section,
		inAnnex: { annex: PREAMBLE, number: i + 1 },
	}));
}
