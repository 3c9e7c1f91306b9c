import { titleMark } from '../corpus/paragraph-mark.ts';
import type { Corpus, CorpusDocument, Paragraph } from '../corpus/types.ts';
import { shortCitation } from '../render/citation.ts';
import { printedAlike, resolveParagraph } from './resolve-paragraph.ts';
import type { MessageEmbedText, MessageTarget } from './types.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** What a message command reads of a message's embeds; anything malformed is read as nothing. */
export function embedTexts(embeds: unknown): MessageEmbedText[] {
	if (!Array.isArray(embeds)) return [];
	return embeds.map((embed: Record<string, unknown> | null) => ({
		title: text(embed?.title),
		description: text(embed?.description),
		footer: text((embed?.footer as Record<string, unknown> | undefined)?.text),
	}));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * The part a citation names before the paragraph, in up to six words: `annex II`, `attachment 2`, `annex to the
 * annex`, `section II` (or `sect. II`, `Section II`), `item 4.2`.
 */
const PLACE =
	'(?:annex|appendix|attachment|enclosure|preamble|resolution|section|sect\\.|sec\\.|item|session|part|chapter)' +
	'(?:,?\\s+[^\\s,¶()]{1,20}){0,5}?';
/** How a citation writes "paragraph": `¶`, `para. `, `para `, `paragraph `, `paras. `. */
const SIGN = '(?:¶|paragraphs?|paras?\\.?)';

/**
 * A citation of a paragraph after a document's symbol, as the bot writes it and as people type it:
 * `SG/2084 (31 July 2003), ¶3`, `SG/2084, ¶3`, `SG/2084 para. 3`, `A/64/359, annex, ¶1`, `A/60/341 ¶1.1`,
 * `XYZ/7, section II, ¶3`, `XYZ/7 Section II para 3`, and a letter after its section with no sign: `XYZ/7 sect. II
 * (a)`. The place and the mark are the first two groups, or (written with no sign) the last two.
 */
function citationPattern(symbol: string): RegExp {
	return new RegExp(
		`${escapeRegExp(symbol)}(?:\\s*\\([^()\\n]{1,40}\\))?,?\\s*` +
			`(?:(?:(${PLACE}),?\\s*)?${SIGN}\\s*(\\d{1,3}(?:\\.\\d{1,3})?|\\([a-zA-Z]\\))` +
			`|(${PLACE}),?\\s*(\\([a-zA-Z]\\)))`,
		'giu',
	);
}

/**
 * The part and the mark a match of `citationPattern` names (its groups, in order), the part as `/quote` reads it:
 * commas dropped, `sect.` and `sec.` read as `section`.
 */
function citationParts(groups: readonly unknown[]): { place: string; mark: string } {
	const [signed, signedMark, unsigned, unsignedMark] = groups.map((g) => (typeof g === 'string' ? g : undefined));
	const place = (signed ?? unsigned ?? '')
		.replace(/,/gu, ' ')
		.replace(/^sec(?:t)?\./iu, 'section')
		.replace(/\s+/gu, ' ')
		.trim();
	return { place, mark: signedMark ?? unsignedMark ?? '' };
}

/**
 * Discord markdown as the words it shows: a block quote's marker, bold and escapes dropped. A quote is escaped for
 * Markdown only (see `escapeQuoted`), so what is left is the document's text as published.
 */
function shownText(markdown: string): string {
	return markdown
		.replace(/^>>> /u, '')
		.replace(/^> /gmu, '')
		.replace(/\*\*/gu, '')
		.replace(/\\([^\p{L}\p{N}\s])/gu, '$1');
}

/** What a message says, read for "Find in conclusions": the paragraphs it cites, and the text it quotes. */
export interface MessageReading {
	/** Paragraphs named by a citation in it, or quoted in it by this app, in the order they appear. */
	cited: Paragraph[];
	/** Its words without the citations: a user's text, and what its embeds quote. */
	quoted: string;
	/**
	 * Citations of a paragraph the document does not have (`SG/2084, ¶12` where it has ¶1–10), in the order they
	 * appear: a reader checking a quote must be told, not shown the closest paragraphs as if the citation were fine.
	 */
	missing: { document: CorpusDocument; mark: string }[];
}

/**
 * Reads a message as a reader would: a citation (`SG/2084 (31 July 2003), ¶3`) names a paragraph rather than being
 * words to look up, and what the message quotes is in its embeds as much as in its content. Of this app's own posts
 * (a `/quote`, a search's results) the content is a citation line or a summary, never quoted text: their paragraphs
 * are the ones their embeds quote, named by each embed's title and citation.
 */
export function readMessage(corpus: Corpus, target: MessageTarget): MessageReading {
	const cited: Paragraph[] = [];
	const missing: MessageReading['missing'] = [];
	const cite = (paragraph: Paragraph | undefined) => {
		if (paragraph && !cited.includes(paragraph)) cited.push(paragraph);
	};
	const embeds = target.embeds ?? [];
	const citing = (raw: string) => {
		let rest = raw;
		for (const document of corpus.documents) {
			if (!rest.includes(document.symbol)) continue;
			rest = rest.replace(citationPattern(document.symbol), (_match, ...groups: (string | undefined)[]) => {
				const { place, mark } = citationParts(groups);
				const typed = `${place} ${mark}`.trim();
				const found = resolveParagraph(corpus, typed, document);
				// A mark several sections print, cited without its section (`XYZ, ¶(a)`): the message does not say which,
				// so each is shown as cited, named by its section, rather than the first as if it were the one meant.
				if (found.ok && found.note?.kind === 'part') printedAlike(corpus, found.paragraph, typed).forEach(cite);
				else if (found.ok) cite(found.paragraph);
				else if (found.reason === 'out-of-range' || found.reason === 'not-found') {
					// As the message wrote it, with the bot's mark: `¶12`, `annex ¶3`, `¶(b)`.
					const shown = `${place} ¶${mark}`.trim();
					if (!missing.some((m) => m.document === document && m.mark === shown))
						missing.push({ document, mark: shown });
				}
				return ' ';
			});
		}
		return rest;
	};
	const ownEmbeds = target.fromThisApp === true;
	if (ownEmbeds) {
		// The title names the paragraph as its document numbers it (`¶3 · Section`, `Annex ¶1`), the footer its document.
		for (const embed of embeds) {
			const mark = embed.title?.split(' · ')[0];
			const document = corpus.documents.find((d) => embed.footer?.startsWith(`${shortCitation(d)} · `));
			cite(document?.paragraphs.find((p) => titleMark(p) === mark));
		}
	}
	// This app's content is its citation line, notes or a summary: read for citations only.
	const content = citing(target.content);
	const parts = [ownEmbeds ? '' : content, ...embeds.map((e) => citing(shownText(e.description ?? '')))];
	return {
		cited,
		missing,
		quoted: parts
			.filter((p) => p.trim() !== '')
			.join('\n')
			.trim(),
	};
}
