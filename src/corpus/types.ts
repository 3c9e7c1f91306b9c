/** Provenance of one source document, read from its `data/documents/<slug>.json` side file. */
export interface DocumentMeta {
	/** Short stable id, the file's base name (e.g. `sg2084`); paragraph ids and button ids are built on it. */
	slug: string;
	/** Official document symbol, e.g. `SG/2084`. */
	symbol: string;
	title: string;
	/** A short title for citations and choice lists. */
	shortTitle: string;
	author?: string | undefined;
	/** The organization that published it, for academic citations (e.g. "United Nations"). */
	publisher?: string | undefined;
	kind?: string | undefined;
	/** ISO date (YYYY-MM-DD) of publication. */
	releaseDate: string;
	/** ISO dates of the meeting the conclusions close, when there was one. */
	meetingDates?: string[] | undefined;
	/** Where it was issued (a dateline's city); reports often do not say. */
	place?: string | undefined;
	/** Where the text is published; none when the metadata names none and the symbol is not a UN one. */
	sourceUrl?: string | undefined;
}

/**
 * Where the document itself places a paragraph of an annex whose numbers start again at 1: the annex's line as
 * printed (`Annex`, `Annex II`, `Appendix A`) and the paragraph's own number in it. The corpus holds such a
 * paragraph under the body's next number (so that ids stay unique); citations name it this way.
 */
export interface AnnexPlace {
	annex: string;
	number: number;
}

/** One numbered conclusion: the unit the bot searches, quotes and cites. */
export interface Paragraph {
	/** `<slug>-<number>`, e.g. `sg2084-3`: stable across added documents. */
	id: string;
	document: string;
	/** The number the corpus holds it under (ids, `/quote 10`); shown to readers through `paragraphMark`. */
	number: number;
	/** Set only when the document numbers it otherwise: in an annex that restarts at 1 (see `AnnexPlace`). */
	inAnnex?: AnnexPlace | undefined;
	/**
	 * Set only when the document marks it otherwise than by a whole number: `1.1` (numbered within its section),
	 * `(a)` (conclusions lettered only). `number` is then its position; readers see and cite this mark.
	 */
	ownMark?: string | undefined;
	/**
	 * Set only when `ownMark` is printed again in another section of the document (`(a)` under `I.` and under `II.`):
	 * the part that tells them apart, named as a section that numbers its own is (`Section II`: see
	 * repeated-marks.ts), so that its citation (`section II, ¶(a)`) names one paragraph.
	 */
	markPart?: string | undefined;
	/** The heading the paragraph stands under, or `null` before the first heading. */
	section: string | null;
	/** Exactly as published (curly quotes, non-breaking spaces): what gets quoted. */
	text: string;
	/** Whitespace-normalized text (U+00A0 → space, runs collapsed): what gets searched and matched. */
	searchText: string;
	/** Theme ids in the order of `themes.json`. */
	themes: string[];
	/** Position in the whole corpus: ties in ranking are broken by it. */
	order: number;
}

export interface CorpusDocument extends DocumentMeta {
	/** The introductory paragraph ("Following are the conclusions…"): context, not a conclusion. */
	preamble: string | null;
	paragraphs: Paragraph[];
}

export interface Theme {
	id: string;
	label: string;
	description: string;
	/** Phrases that name the theme wherever they occur. */
	patterns: string[];
	/**
	 * Phrases that name the theme only in its context (`early warning` of conflicts, not of tsunamis): each counts
	 * only where one of `context` occurs too, in the paragraph or its section's heading.
	 */
	cues?: string[] | undefined;
	/** What tells that a cue speaks of this theme's matter (`conflicts?`, `violence`); required with `cues`. */
	context?: string[] | undefined;
}

export interface ThemeOverride {
	paragraph: string;
	add?: string[] | undefined;
	remove?: string[] | undefined;
	reason: string;
}

/** How readers' words meet the text's: spelling variants and synonyms, both reviewable files in `data/`. */
export interface LanguageData {
	spelling: { words: Record<string, string>; ise: string[]; stems?: Record<string, string> | undefined };
	synonyms: { for: string[]; means: string[] }[];
}

/**
 * Something in the data a maintainer should fix, which does not stop the bot: a paragraph without a theme (it is
 * still searched and quoted), a gap in a document's numbering, an override of a paragraph the text does not have.
 * Loading reports each once; the data check (`npm test`, `npm run import -- --check`) fails on them.
 */
export interface CorpusWarning {
	/** `jump`: an extract's numbers jump as it prints them; said by the data check, which does not fail on it. */
	kind: 'no-theme' | 'numbering' | 'jump' | 'override' | 'same-symbol' | 'encoding';
	/** The document's slug. */
	document: string;
	paragraph?: string | undefined;
	/** What is wrong, where (file and line) and what to do. */
	message: string;
}

export interface Corpus {
	/** The data folder it was loaded from (absolute). */
	folder: string;
	documents: CorpusDocument[];
	/** Problems in the data that do not stop the bot; empty for data that passes the check. */
	warnings: CorpusWarning[];
	language: LanguageData;
	themes: Theme[];
	/**
	 * Themes the theme file defines that no loaded paragraph has (left out of `themes`): kept so that a reader asking
	 * for one is told it has no paragraphs here, not that it does not exist.
	 */
	unusedThemes?: Theme[];
	/** Every paragraph of every document, in corpus order. */
	paragraphs: Paragraph[];
	/** A short hash of the data files, for citations and `/help`. */
	version: string;
	/** Lookups by id, so a button or a citation resolves in constant time at any corpus size. */
	paragraphById: ReadonlyMap<string, Paragraph>;
	documentBySlug: ReadonlyMap<string, CorpusDocument>;
	themeById: ReadonlyMap<string, Theme>;
	/** Each theme's paragraphs in corpus order. */
	paragraphsByTheme: ReadonlyMap<string, readonly Paragraph[]>;
}
