/**
 * A line that says what kind of document it is, set right above its title (`Secretary-General’s bulletin`,
 * `Draft agreed conclusions submitted by the Chair of the Commission`, `Chair’s summary`): never part of the title
 * when a title follows it. Whole lines only, so that a title that starts with these words (`Agreed conclusions on
 * women’s access to…`) stays a title.
 */
const KIND_HEADING = new RegExp(
	String.raw`^(?:Secretary-General['’]s\s+bulletin|Administrative\s+instruction|Information\s+circular` +
		String.raw`|(?:(?:Draft\s+)?agreed\s+conclusions|Draft\s+(?:resolutions?|decisions?))(?:\s+(?:submitted|proposed)\s+by\s+.+)?` +
		String.raw`|(?:Chair|President|Co-Chairs?)['’]s\s+summary|Note\s+by\s+the\s+Secretariat|Report\s+of\s+the\s+Secretary-General)\s*\**$`,
	'iu',
);

/** Whether a line only says what kind of document follows (see `KIND_HEADING`). */
export function isKindHeading(line: string): boolean {
	return KIND_HEADING.test(line.replace(/\s+/gu, ' ').trim());
}
