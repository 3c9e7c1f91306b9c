/** One line of a source text, trimmed, with where it stands. */
export interface SourceLine {
	text: string;
	/** 1-based line number in the file, for messages that name the line. */
	line: number;
	/**
	 * The first line of a page after the one the text above ended on: a blank line before it may be the page's (its
	 * foot, head and margins), not the text's, so a block it opens may go on with the paragraph the page broke.
	 */
	pageTop?: boolean;
	/** Why the line may be page furniture or a footnote the parser kept, unsure (see furniture-doubts.ts). */
	doubt?: string;
	/** The first line after a separator line (`* * *`, `° ° °`): a new part of the text begins (see separators.ts). */
	afterSeparator?: boolean;
}

/** Lines separated by blank lines: a block, usually one paragraph or heading. */
export type Block = SourceLine[];
