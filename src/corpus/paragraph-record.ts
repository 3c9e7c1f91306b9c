import type { AnnexPlace, Paragraph } from './types.ts';

/** A paragraph record, made the same way from a parse and from a snapshot. */
export function paragraph(
	slug: string,
	number: number,
	section: string | null,
	text: string,
	searchText: string,
	themes: string[],
	order: number,
	inAnnex?: AnnexPlace,
	ownMark?: string,
	markPart?: string,
): Paragraph {
	// Position, not number: own numbers may start at 12 or skip one.
	const record: Paragraph = {
		id: `${slug}-${number}`,
		document: slug,
		number,
		section,
		text,
		searchText,
		themes,
		order,
	};
	if (inAnnex) record.inAnnex = inAnnex;
	if (ownMark !== undefined) record.ownMark = ownMark;
	if (markPart !== undefined) record.markPart = markPart;
	return record;
}
