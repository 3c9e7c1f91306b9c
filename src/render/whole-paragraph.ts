import type { APIEmbed } from 'discord-api-types/v10';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import type { Corpus, Paragraph } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import type { Highlighter } from '../search/highlight.ts';
import { ELLIPSIS, ellipsisAfter } from './cut.ts';
import { withItemLevels } from './item-levels.ts';
import { LIMITS } from './limits.ts';
import { EMBED_COLOR, embedFrame, embedTextLength } from './paragraph-embed.ts';
import { quotePiece } from './quote-parts.ts';

/**
 * Messages after the first that a paragraph too long for one may take (only ever private ones: Read full). A
 * user-installed app may send at most five follow-ups per interaction, with room kept for a note of its own: three
 * continuations (each about 5,900 characters, so some 23,000 in all) leave room. A paragraph longer still ends with a
 * pointer to its source.
 */
export const MAX_CONTINUATIONS = 3;
/** A piece shorter than this is not worth an embed of its own: the next message takes the text. */
const MIN_PIECE = 200;

/** A paragraph shown whole: the first message's embeds, those of the messages that continue it, and whether its end did not fit. */
export interface WholeParagraph {
	first: APIEmbed[];
	continuations: APIEmbed[][];
	/** Even the continuations could not hold it all: its end is at the source. */
	cut: boolean;
}

/**
 * Fills one message with pieces of `text`: embeds of at most 4096 characters each, all of them (with `fixed`, the
 * message's other embed text) at most 6000, at most ten. Returns the descriptions and the text left over. The last
 * message that may be sent (`last`) ends with an ellipsis when text is left over: each piece leaves a character for it.
 */
function fillMessage(
	text: string,
	highlighter: Highlighter,
	fixed: number,
	last: boolean,
): { descriptions: string[]; rest: string } {
	// Room for the ellipsis and the space that sets it apart after the end of a sentence (see `ellipsisAfter`).
	const reserve = last ? ` ${ELLIPSIS}`.length : 0;
	const descriptions: string[] = [];
	let rest = text;
	let room = LIMITS.embedTotal - fixed;
	while (rest !== '' && descriptions.length < LIMITS.embeds && room >= Math.min(MIN_PIECE, rest.length + 4)) {
		const piece = quotePiece(rest, highlighter, Math.min(LIMITS.embedDescription, room) - reserve);
		descriptions.push(piece.markdown);
		room -= piece.markdown.length;
		rest = piece.rest;
	}
	if (last && rest !== '' && descriptions.length > 0) {
		const end = descriptions.pop() ?? '';
		descriptions.push(`${end}${ellipsisAfter(end.replace(/\*\*$/u, ''))}`);
	}
	return { descriptions, rest };
}

/**
 * A paragraph as whole as Discord's limits allow, in the embeds of one message when it fits (a long one split across
 * several at line, sentence or word boundaries: they read as one quote), else continued in up to `maxContinuations`
 * more messages. The first embed has the title, the first message's last one the themes and the citation; each
 * continuation is titled "¶N (continued, 2/3)". With no continuations allowed (a message that stands alone), the one
 * message ends with an ellipsis where its room ends.
 */
export function wholeParagraph(
	corpus: Corpus,
	paragraph: Paragraph,
	highlighter: Highlighter,
	m: Messages,
	maxContinuations = MAX_CONTINUATIONS,
): WholeParagraph {
	const frame = embedFrame(corpus, paragraph, m);
	// Sub-items set in under the item they belong to, as the printed page shows them (see `withItemLevels`).
	const text = withItemLevels(paragraph.text);
	const fixed = embedTextLength(frame);
	const fits = fillMessage(text, highlighter, fixed, false);
	// Room for the ellipsis is kept only when it is needed: a paragraph that just fits is not cut for it.
	const opening = fits.rest !== '' && maxContinuations === 0 ? fillMessage(text, highlighter, fixed, true) : fits;
	const { title, ...rest } = frame;
	const first: APIEmbed[] = opening.descriptions.map((description, i) => ({
		...(i === 0 ? { title } : {}),
		color: EMBED_COLOR,
		description,
		...(i === opening.descriptions.length - 1 ? rest : {}),
	}));
	const mark = paragraphMark(paragraph);
	// Titled once the number of parts is known; measured with the longest title they can have.
	const longestTitle = m.continued(mark, maxContinuations + 1, maxContinuations + 1).length;
	const pieces: string[][] = [];
	let left = opening.rest;
	while (left !== '' && pieces.length < maxContinuations) {
		const filled = fillMessage(left, highlighter, longestTitle, pieces.length === maxContinuations - 1);
		if (filled.descriptions.length === 0) break;
		pieces.push(filled.descriptions);
		left = filled.rest;
	}
	const parts = pieces.length + 1;
	const continuations = pieces.map((descriptions, i) =>
		descriptions.map((description, j) => ({
			...(j === 0 ? { title: m.continued(mark, i + 2, parts).slice(0, LIMITS.embedTitle) } : {}),
			color: EMBED_COLOR,
			description,
		})),
	);
	return { first, continuations, cut: left !== '' };
}
