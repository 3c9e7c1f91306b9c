// What `parseSource` returns, apart from how it reads: the import, the numbering and the data checks use these
// shapes without needing the parser itself.
import type { AnnexPlace } from './types.ts';

/** One conclusion as the document publishes it. */
export interface ParsedParagraph {
	/** The document's own number, or its position when the document does not number its paragraphs. */
	number: number;
	/** The innermost heading above it, as published (`V. Terrorism`), or null before any heading. */
	section: string | null;
	/** Without its own number or bullet; wrapped lines joined; sub-items on their own lines; characters as published. */
	text: string;
	/** The source line it starts on. */
	line: number;
	/**
	 * In an annex, or a resolution's preamble (`Preamble`), what the document calls it: `number` is then the body's
	 * next one when the annex restarts at 1 or the paragraph is preambular.
	 */
	inAnnex?: AnnexPlace | undefined;
	/**
	 * The document's own mark when it numbers the paragraph otherwise than by a whole number: `1.1` (numbered within
	 * its section), `(a)` (lettered only). `number` is then its position.
	 */
	ownMark?: string | undefined;
	/** The part that tells a repeated `ownMark` apart (`Section II`): see repeated-marks.ts. */
	markPart?: string | undefined;
}

/** Something a reader of the data should look at (a numbering gap), with the line it is on. */
export interface SourceProblem {
	line: number;
	message: string;
	/** What to do about it, when it is not to check the text's numbers (the advice given otherwise). */
	advice?: string;
	/**
	 * A jump in the numbers of an extract (a text whose first paragraph is past ¶1: `4.`, `5.`, `9.`, `12.`): the
	 * document prints them so, and nothing is lost. Said, but nothing to fix: the data check does not fail on it.
	 */
	jump?: true;
}

/** What a source text holds once its furniture (date line, title, page furniture, end marker) is set aside. */
export interface ParsedSource {
	/** Context before the first conclusion: the dateline paragraph, a lead-in ending with ":". */
	preamble: string | null;
	paragraphs: ParsedParagraph[];
	problems: SourceProblem[];
	/**
	 * Blocks of a numbered text's front matter that read as sentences (its text, not a masthead or title) but stand
	 * before the first paragraph with no number, so no paragraph quotes them: each block's first line, first words and,
	 * when the note does not quote it whole, last words.
	 */
	unquoted?: { line: number; text: string; end?: string }[];
	/**
	 * The chapeau kept as context above the preambular paragraphs (`The Peace and Security Council of the African Union
	 * (AU), at its 1200th meeting held on …,`; a declaration's subject in capitals): not counted among them, so no
	 * paragraph quotes it. Its first line and text.
	 */
	chapeau?: { line: number; text: string };
}
