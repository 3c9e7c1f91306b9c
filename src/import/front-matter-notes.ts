import type { ParsedSource } from '../corpus/parsed-source.ts';

/** Blocks named in the note. */
const SHOWN = 5;

/**
 * The import's note on the front matter that reads as sentences (a report's summary, a letter's text, a forwarder's
 * note) but stands before the first numbered paragraph, so that no paragraph quotes it: said, with its lines, so that
 * a reader who looks for those words knows why the bot does not find them. No note when there is none.
 */
export function frontMatterNotes(parsed: ParsedSource): string[] {
	const blocks = parsed.unquoted ?? [];
	if (blocks.length === 0) return [];
	const quoted = blocks
		.slice(0, SHOWN)
		.map(({ line, text, end }) => `line ${line} "${text}"${end === undefined ? '' : ` ending "${end}"`}`);
	const more = blocks.length > SHOWN ? `; and ${blocks.length - SHOWN} more` : '';
	return [
		`in no paragraph, so neither quoted nor searched: text before the first numbered paragraph, without a number (${blocks.length}): ${quoted.join('; ')}${more}`,
	];
}
