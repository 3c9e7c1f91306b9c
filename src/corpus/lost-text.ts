import { subItemLabel } from './markers.ts';
import { isClosingDate } from './signature.ts';
import type { SourceLine } from './source-lines.ts';

/**
 * What to do about items left out: the paragraph they belong to must lead into them, with nothing but a sub-heading
 * between (its lead-in ending with `:`, or the items before them), or else they are paragraphs to be numbered. A
 * sub-heading is read as one when it is short enough and ends without punctuation (see `listSubHeadingAt`): said, so
 * that a text that already leads into its items learns what else to change.
 */
const ITEM_ADVICE =
	'if the items belong to the paragraph above, end its lead-in with ":" and leave nothing between them but sub-headings (of up to three lines, none ending with a stop, a comma or a colon); if they are paragraphs of their own, number them';

/**
 * What to do about a date alone on its line that no paragraph takes: most often a closing place and date the parser
 * did not read as one (a place line it does not know), which are no words of a paragraph; else a paragraph's end.
 */
const DATE_ADVICE =
	"if it is the text's closing date, under its place, they are no words of a paragraph: delete both lines from the text file (the document's date is in its metadata), and nothing is lost; if it ends a paragraph, join it to that paragraph's last line";

/** How much of a run's first and last lines a warning quotes. */
const QUOTED = 60;

/**
 * A run of lines the parser left out of every paragraph (text under a heading that starts none), as one warning that
 * names its first line and, when the run goes on, its last words and length: nothing may leave the quotes unsaid,
 * and a run that begins with unknown furniture (`LIMITE`) may end with a paragraph's own words.
 */
export class LostText {
	/** The warning, updated as the run grows. */
	readonly problem: { line: number; message: string; advice?: string };
	/** The index of the run's last line among the text's lines. */
	at: number;
	private readonly first: string;
	private readonly where: string;
	private last = '';
	private readonly item: boolean;
	/** The run is a date alone on its line (see `DATE_ADVICE`). */
	private date: boolean;
	private lines = 1;

	constructor(line: SourceLine, at: number, section: string | null) {
		this.at = at;
		this.first = line.text.slice(0, QUOTED);
		this.where = section === null ? 'no heading' : `"${section}"`;
		this.problem = { line: line.line, message: '' };
		// An item (`(a) …`, `b. …`) is lost for want of a paragraph leading into it, not of a number of its own.
		this.item = subItemLabel(line.text) !== undefined;
		if (this.item) this.problem.advice = ITEM_ADVICE;
		this.date = isClosingDate(line.text);
		if (this.date) this.problem.advice = DATE_ADVICE;
		this.problem.message = this.message();
	}

	/** Adds the next line of the run (its index among the text's lines). */
	add(text: string, at: number): void {
		this.at = at;
		this.lines += 1;
		// More than a date: text the numbers do not reach.
		if (this.date) delete this.problem.advice;
		this.date = false;
		this.last = text.length > QUOTED ? `…${text.slice(-QUOTED)}` : text;
		this.problem.message = this.message();
	}

	private message(): string {
		const run = this.lines > 1 ? `; its ${this.lines} lines end "${this.last}"` : '';
		const why = this.item
			? 'an item that no paragraph leads into'
			: this.date
				? 'a date alone on its line, in no paragraph'
				: 'in no paragraph (it has no number)';
		return `"${this.first}" under ${this.where} is ${why}; kept out of the quotes${run}`;
	}
}
