import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { documentOf, themesOf } from '../corpus/lookup.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import { foldCase } from '../corpus/text.ts';
import { isLabel } from '../corpus/document-label.ts';
import type { Corpus, CorpusDocument, Paragraph } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import { shorten } from './cut.ts';

/** Discord's limits on autocomplete: 25 choices, names 1–100 characters, string values up to 100. */
export const MAX_CHOICES = 25;
const MAX_CHOICE = 100;
/** A document's symbol or label, or a theme, in a paragraph's choice name: the rest is for the text. */
const MAX_NAME = 24;
/** At most this much of a choice's name goes before the paragraph's text. */
const MAX_PREFIX = 56;

/**
 * `¶3 · Terrorism — “Participants recognized that terrorism represents…”` (`annex ¶1 · …` in an annex that numbers
 * its own), cut at a word to fit 100 characters. The value is the paragraph's id.
 */
export function paragraphChoice(corpus: Corpus, paragraph: Paragraph): APIApplicationCommandOptionChoice<string> {
	// A document named by a long label (see `isLabel`), or a long theme, would leave no room for the text: the
	// preview is what tells paragraphs apart, so each name before it is kept short.
	const symbol = corpus.documents.length > 1 ? `${shorten(documentOf(corpus, paragraph).symbol, MAX_NAME)} ` : '';
	const mark = `${symbol}${paragraphMark(paragraph)}`;
	const theme = themesOf(corpus, paragraph)[0]?.label;
	const themed = theme ? ` · ${shorten(theme, Math.max(MAX_NAME, MAX_PREFIX - mark.length - 6))}` : '';
	const prefix = `${mark}${themed} — “`;
	const name = `${prefix}${shorten(paragraph.searchText, MAX_CHOICE - prefix.length - 1)}”`;
	return { name: shorten(name, MAX_CHOICE), value: paragraph.id };
}

/** The typed text itself as the first choice, so free text still works (left out when empty). */
export function typedChoice(typed: string): APIApplicationCommandOptionChoice<string>[] {
	const text = typed.trim().slice(0, MAX_CHOICE);
	return text === '' ? [] : [{ name: text, value: text }];
}

/** Themes whose label or id contains what is typed, labelled with their paragraph counts (`Terrorism · 5 ¶`). */
export function themeChoices(corpus: Corpus, typed: string, m: Messages): APIApplicationCommandOptionChoice<string>[] {
	const wanted = foldCase(typed.trim());
	return corpus.themes
		.filter((t) => wanted === '' || foldCase(t.label).includes(wanted) || t.id.includes(wanted))
		.slice(0, MAX_CHOICES)
		.map((t) => ({
			name: `${t.label} · ${m.paragraphsCount(corpus.paragraphsByTheme.get(t.id)?.length ?? 0)}`.slice(0, MAX_CHOICE),
			value: t.id,
		}));
}

/** Documents whose slug, symbol or title contains what is typed, named by symbol and short title. */
export function documentChoices(corpus: Corpus, typed: string): APIApplicationCommandOptionChoice<string>[] {
	// Spaces do not count, as in the document option itself: `sg 2084` finds SG/2084.
	const wanted = foldCase(typed).replace(/\s+/gu, '');
	return corpus.documents
		.filter((d) => [d.slug, d.symbol, d.shortTitle].some((name) => typedFromWordStart(name, wanted)))
		.slice(0, MAX_CHOICES)
		.map((d) => ({ name: shorten(documentName(d), MAX_CHOICE), value: d.slug }));
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether `wanted` (folded, without spaces) is typed from the start of one of a name's words: `io` finds
 * `IORA/COM/…`, `2084` finds `SG/2084`, `regional org` finds `… Regional Organizations …`; `io` inside
 * "Conclusions" finds nothing, or every document with a long title would be offered for any two letters.
 */
function typedFromWordStart(name: string, wanted: string): boolean {
	if (wanted === '') return true;
	let squeezed = '';
	const starts = new Set<number>();
	let previous = '';
	for (const character of foldCase(name)) {
		if (/\s/u.test(character)) {
			previous = character;
			continue;
		}
		if (WORD_CHARACTER.test(character) && !WORD_CHARACTER.test(previous)) starts.add(squeezed.length);
		squeezed += character;
		previous = character;
	}
	// Typed from a mark (`/2084`) rather than a word: anywhere, as before.
	if (!WORD_CHARACTER.test(wanted.charAt(0))) return squeezed.includes(wanted);
	for (let at = squeezed.indexOf(wanted); at >= 0; at = squeezed.indexOf(wanted, at + 1))
		if (starts.has(at)) return true;
	return false;
}

/** `SG/2084 · Conclusions of …`; a label alone when the short title only repeats it. */
function documentName(document: CorpusDocument): string {
	const label = foldCase(document.symbol);
	const title = foldCase(document.shortTitle);
	if (isLabel(document.symbol) && (title.includes(label) || label.includes(title))) return document.symbol;
	return `${document.symbol} · ${document.shortTitle}`;
}
