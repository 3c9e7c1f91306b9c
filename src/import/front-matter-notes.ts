import type { ParsedSource } from '../corpus/parsed-source.ts';
import { PREAMBLE } from '../corpus/preamble.ts';

/** Blocks named in the note. */
const SHOWN = 5;

/**
 * The import's note on the front matter that reads as sentences (a report's summary, a letter's text, a forwarder's
 * note) but stands before the first numbered paragraph, so that no paragraph quotes it: said, with its lines, so that
 * a reader who looks for those words knows why the bot does not find them. No note when there is none.
 */
export function frontMatterNotes(parsed: ParsedSource): string[] {
	return [...chapeauNotes(parsed), ...unquotedNotes(parsed)];
}

/** How much of a chapeau the note quotes. */
const CHAPEAU_QUOTED = 100;

/**
 * The note on a chapeau kept as context (`The Peace and Security Council of the African Union (AU), at its 1200th
 * meeting …,` above `Recalling …;`): why it is no preambular paragraph, and that its words are not searched, so that
 * a reader who looks for them knows where they are.
 */
function chapeauNotes({ chapeau, paragraphs }: ParsedSource): string[] {
	if (chapeau === undefined) return [];
	const text = chapeau.text.length > CHAPEAU_QUOTED ? `${chapeau.text.slice(0, CHAPEAU_QUOTED)}…` : chapeau.text;
	const preamble = paragraphs.some((p) => p.inAnnex?.annex === PREAMBLE);
	const why = preamble
		? 'the opening that names who adopted the text, not one of the preambular paragraphs under it (preamble ¶1 is the first of them, as readers of the document count them)'
		: 'the opening that names who adopted the text and introduces its numbered paragraphs';
	return [`kept as context, in no paragraph, so neither quoted nor searched: line ${chapeau.line} "${text}", ${why}`];
}

function unquotedNotes(parsed: ParsedSource): string[] {
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
