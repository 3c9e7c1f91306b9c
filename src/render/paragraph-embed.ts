import type { APIEmbed } from 'discord-api-types/v10';
import { documentOf, themesOf } from '../corpus/lookup.ts';
import { titleMark } from '../corpus/paragraph-mark.ts';
import type { Corpus, Paragraph } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import type { Highlighter } from '../search/highlight.ts';
import { shortCitation } from './citation.ts';
import { LIMITS } from './limits.ts';
import { renderQuote } from './quote.ts';

/** UN blue. */
export const EMBED_COLOR = 0x009edb;

export interface QuotedParagraph {
	paragraph: Paragraph;
	highlighter: Highlighter;
	/** A line under the title (e.g. how closely it matches a message). */
	note?: string | undefined;
}

type Frame = Readonly<Omit<APIEmbed, 'description'>>;

/**
 * Frames already built, per paragraph and language: they never change while the corpus is loaded, and a search
 * reply would otherwise rebuild three (dates formatted, themes looked up and joined) on every request. Held weakly
 * by the paragraph, so a reloaded corpus takes its frames with it. Frames with a note are not kept (notes vary).
 */
const framesSeen = new WeakMap<Paragraph, Map<Messages, Frame>>();

/** Freezes a frame and what it holds: frames are shared between replies, nobody may change one. */
function frozen(frame: Omit<APIEmbed, 'description'>): Frame {
	for (const field of frame.fields ?? []) Object.freeze(field);
	if (frame.fields) Object.freeze(frame.fields);
	if (frame.footer) Object.freeze(frame.footer);
	return Object.freeze(frame);
}

/** Title, themes and citation of a paragraph's embed: everything but the quote. Shared and frozen: copy to change. */
export function embedFrame(corpus: Corpus, paragraph: Paragraph, m: Messages, note?: string): Frame {
	if (note) return frozen(buildFrame(corpus, paragraph, m, note));
	let seen = framesSeen.get(paragraph);
	const known = seen?.get(m);
	if (known) return known;
	if (!seen) framesSeen.set(paragraph, (seen = new Map<Messages, Frame>()));
	const frame = frozen(buildFrame(corpus, paragraph, m));
	seen.set(m, frame);
	return frame;
}

function buildFrame(corpus: Corpus, paragraph: Paragraph, m: Messages, note?: string): Omit<APIEmbed, 'description'> {
	const document = documentOf(corpus, paragraph);
	const section = sectionAfterMark(paragraph);
	return {
		title: `${titleMark(paragraph)}${section === null ? '' : ` · ${section}`}`.slice(0, LIMITS.embedTitle),
		color: EMBED_COLOR,
		fields: [
			...(note ? [{ name: '\u200b', value: note.slice(0, LIMITS.fieldValue) }] : []),
			{
				name: m.themes,
				value: (
					themesOf(corpus, paragraph)
						.map((t) => t.label)
						.join(' · ') || m.noThemeYet
				).slice(0, LIMITS.fieldValue),
			},
		],
		footer: { text: `${shortCitation(document)} · ${document.shortTitle}`.slice(0, LIMITS.footerText) },
	};
}

/**
 * The section as the title shows it after the mark: an annex paragraph's mark names its annex already ("Annex ¶1"),
 * so its section's leading `Annex — ` is not said twice ("Annex ¶1 · Guidance for effective mediation").
 */
function sectionAfterMark(paragraph: Paragraph): string | null {
	const { section, inAnnex } = paragraph;
	if (section === null || !inAnnex) return section;
	if (section === inAnnex.annex) return null;
	return section.startsWith(`${inAnnex.annex} — `) ? section.slice(inAnnex.annex.length + 3) : section;
}

export function embedTextLength(embed: APIEmbed): number {
	return (
		(embed.title?.length ?? 0) +
		(embed.description?.length ?? 0) +
		(embed.author?.name.length ?? 0) +
		(embed.footer?.text.length ?? 0) +
		(embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
	);
}

/**
 * One embed per quoted paragraph: number and section, the quote with matched words in bold, its themes and the
 * short citation. The quotes share what is left of the 6000-character message budget (after `reserve`), so any
 * paragraph length fits. Says which quotes had to be cut.
 */
export function paragraphEmbeds(
	corpus: Corpus,
	quoted: readonly QuotedParagraph[],
	m: Messages,
	reserve = 0,
): { embeds: APIEmbed[]; cut: Paragraph[] } {
	const frames = quoted.map((q) => embedFrame(corpus, q.paragraph, m, q.note));
	const fixed = frames.reduce((sum, frame) => sum + embedTextLength(frame), 0) + reserve;
	const perQuote = Math.min(
		LIMITS.embedDescription,
		Math.floor((LIMITS.embedTotal - fixed) / Math.max(1, quoted.length)),
	);
	const cut: Paragraph[] = [];
	const embeds = quoted.map((q, i) => {
		// The text as published: its sub-items keep their own lines.
		const rendered = renderQuote(q.paragraph.text, q.highlighter, perQuote);
		if (rendered.cut) cut.push(q.paragraph);
		return { ...frames[i], description: rendered.markdown };
	});
	return { embeds, cut };
}
