import { documentsNamed, findDocument, findTheme } from '../corpus/lookup.ts';
import type { CorpusDocument, Theme } from '../corpus/types.ts';
import type { Messages } from '../i18n/index.ts';
import { echo, themeList } from '../render/search-reply.ts';
import { closestTheme, themeWithoutParagraphs } from './theme-suggestion.ts';
import type { CommandContext, OptionValues } from './types.ts';

export type Resolved<T> = { ok: true; value: T } | { ok: false; notice: string };

const text = (value: OptionValues[string] | undefined) => (typeof value === 'string' ? value.trim() : '');

/**
 * The `theme` option: an id or a label (or a choice's name); absent is fine. A theme with no paragraph in the loaded
 * conclusions is told so; an unknown one is a notice with the closest theme, if one is close, and the list.
 */
export function resolveTheme(
	options: OptionValues,
	{ corpus }: CommandContext,
	m: Messages,
): Resolved<Theme | undefined> {
	const typed = text(options.theme);
	if (typed === '') return { ok: true, value: undefined };
	const theme = findTheme(corpus, typed);
	if (theme) return { ok: true, value: theme };
	// No paragraph has a theme yet: no list to offer (it would read "the themes are: .").
	if (corpus.themes.length === 0) return { ok: false, notice: m.noThemesYet };
	const unused = themeWithoutParagraphs(corpus, typed);
	if (unused) return { ok: false, notice: m.themeWithoutParagraphs(unused.label, themeList(corpus)) };
	const meant = closestTheme(corpus.themes, typed);
	const notice = meant
		? m.unknownThemeMeant(echo(typed, m), meant.label, meant.id, themeList(corpus))
		: m.unknownTheme(echo(typed, m), themeList(corpus));
	return { ok: false, notice };
}

/**
 * The `document` option, by slug or symbol; absent is fine, unknown is a clear notice listing the symbols. With one
 * document loaded the option is not registered, but a registration from when there were several (or the console) can
 * still send it: naming the one document changes nothing, naming another is told there is only that one.
 */
export function resolveDocument(
	options: OptionValues,
	{ corpus }: CommandContext,
	m: Messages,
): Resolved<CorpusDocument | undefined> {
	const typed = text(options.document);
	if (typed === '') return { ok: true, value: undefined };
	const document = findDocument(corpus, typed);
	if (document) return { ok: true, value: document };
	const names = corpus.documents.map((d) => `\`${d.symbol}\``).join(', ');
	// Words several documents' names have ("meeting"): which one is meant, not that none is.
	const several = documentsNamed(corpus.documents, typed).map((d) => `\`${d.symbol}\``);
	const notice =
		corpus.documents.length === 1
			? m.onlyOneDocument(echo(typed, m), names)
			: several.length > 1
				? m.severalDocumentsNamed(echo(typed, m), several.join(', '))
				: m.unknownDocument(echo(typed, m), names);
	return { ok: false, notice };
}
