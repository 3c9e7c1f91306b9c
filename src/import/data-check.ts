import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { symbolKey } from '../corpus/document-warnings.ts';
import { noThemeAdvice } from '../corpus/load-corpus.ts';
import { leftoverNoise } from '../corpus/layout-noise.ts';
import { themesOf } from '../corpus/lookup.ts';
import { paragraphMark } from '../corpus/paragraph-mark.ts';
import { compileThemeMatchers, validateThemeFile } from '../corpus/themes.ts';
import { foldCase } from '../corpus/text.ts';
import type { Corpus, Theme } from '../corpus/types.ts';
import { describeSuggestions, suggestThemePatterns } from './theme-suggestions.ts';
import { repeatedLineProblems } from './repeated-lines.ts';
import { inOtherLanguages } from './other-version.ts';

/** Every theme of a data folder's `themes.json`, including those no loaded paragraph has yet. */
export function allThemes(dataDir: string): Theme[] {
	const path = join(dataDir, 'themes.json');
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
	} catch (error) {
		throw new Error(`corpus: cannot read ${path}: ${(error as Error).message}`);
	}
	return validateThemeFile(raw, path).themes;
}

/**
 * The data check: every problem of a loaded corpus that a maintainer must fix, one line each, with what to do.
 * Empty means the data is sound: every paragraph has a theme, every document's numbering runs without gaps.
 * `npm test` and `npm run import -- --check` fail when it is not empty.
 */
export function dataProblems(corpus: Corpus, themes: readonly Theme[] = corpus.themes, slug?: string): string[] {
	const warnings = corpus.warnings.filter((w) => (slug === undefined || w.document === slug) && w.kind !== 'jump');
	return warnings.map((warning) => {
		const paragraph = warning.paragraph === undefined ? undefined : corpus.paragraphById.get(warning.paragraph);
		if (warning.kind !== 'no-theme' || !paragraph) return warning.message;
		// The log's advice points at this check: here the patterns themselves take its place.
		const advice = noThemeAdvice(corpus.folder);
		const where = warning.message.endsWith(advice) ? warning.message.slice(0, -advice.length) : warning.message;
		const suggestions = suggestThemePatterns(corpus, paragraph, themes);
		const override = suggestions.length === 0 ? '' : '; or write an override with a reason in themes.json';
		return `${where} — ${describeSuggestions(suggestions)}${override}`;
	});
}

/**
 * What the data check says without failing: the jumps in an extract's numbers (`4.`, `5.`, `9.`), which the document
 * prints so. Every document's, or the one `slug` names.
 */
export function dataNotes(corpus: Corpus, slug?: string): string[] {
	return corpus.warnings
		.filter((w) => w.kind === 'jump' && (slug === undefined || w.document === slug))
		.map((w) => w.message);
}

/** Text in a document's paragraphs that looks like page furniture the parser left in (a footer glued to a line). */
export function noiseProblems(corpus: Corpus, slug: string): string[] {
	return corpus.paragraphs
		.filter((p) => p.document === slug)
		.flatMap((p) => leftoverNoise(p.text).map((found) => `${p.id}: "${found}" looks like a page footer or number`));
}

/**
 * Furniture no rule knew, left in a document's paragraphs: a line of its text (`documents/<slug>.txt` in `dataDir`)
 * that repeats and stands inside several paragraphs, as a running head in words does (see repeated-lines.ts). Every
 * document, or the one `slug` names.
 */
export function repeatedLineIssues(corpus: Corpus, dataDir: string, slug?: string): string[] {
	return corpus.documents
		.filter((d) => slug === undefined || d.slug === slug)
		.flatMap((d) => {
			const path = join(dataDir, 'documents', `${d.slug}.txt`);
			if (!existsSync(path)) return [];
			return repeatedLineProblems(readFileSync(path, 'utf8'), d.paragraphs).map((p) => `${d.slug}: ${p}`);
		});
}

/**
 * `¶12 [B. Peacekeeping] The Department of Peacekeeping Operations has… — Peacekeeping · Conflict prevention (only
 * "mediation")`: a theme given by one phrase alone names it, so the person importing can see a phrase that means
 * something else here; a cue left out for want of its context is named too, so a missing theme is not a mystery.
 */
export function previewLines(corpus: Corpus, slug: string): string[] {
	const every = [...corpus.themes, ...(corpus.unusedThemes ?? [])];
	const matchers = compileThemeMatchers(every);
	return corpus.paragraphs
		.filter((p) => p.document === slug)
		.map((p) => {
			const words = p.searchText.split(' ');
			const start = words.slice(0, 10).join(' ') + (words.length > 10 ? '…' : '');
			const text = foldCase(p.searchText);
			const around = p.section === null ? '' : foldCase(p.section);
			const themes = themesOf(corpus, p)
				.map((t) => {
					const phrases = matchers.get(t.id)?.phrases(text, around) ?? [];
					if (phrases.length === 0) return `${t.label} (by override)`;
					return phrases.length === 1 ? `${t.label} (only "${phrases[0] ?? ''}")` : t.label;
				})
				.join(' · ');
			const leftOut = every
				.filter((t) => !p.themes.includes(t.id))
				.flatMap((t) => {
					const cues = matchers.get(t.id)?.cuesOutOfContext(text, around) ?? [];
					return cues.length === 0 ? [] : [`not ${t.label}: "${cues.join('", "')}" without its context`];
				});
			const why = leftOut.length === 0 ? '' : ` (${leftOut.join('; ')})`;
			// An annex paragraph, or one with a mark of its own, also shows the id it is held under: overrides name
			// paragraphs by id.
			const mark = p.inAnnex || p.ownMark !== undefined ? `${paragraphMark(p)} (${p.id})` : paragraphMark(p);
			return `${mark}${p.section ? ` [${p.section}]` : ''} ${start} — ${themes || 'NO THEME YET'}${why}`;
		});
}

/**
 * The slug of another document of the folder that has this symbol, if any (its metadata files are read as they are);
 * not one in another language than `text` (see other-version.ts).
 */
export function slugHolding(documents: string, symbol: string, slug: string, text?: string): string | undefined {
	if (!existsSync(documents)) return undefined;
	const wanted = symbolKey(symbol);
	for (const name of readdirSync(documents)) {
		if (!name.endsWith('.json') || name === `${slug}.json`) continue;
		try {
			const meta = JSON.parse(readFileSync(join(documents, name), 'utf8')) as { symbol?: unknown };
			if (typeof meta.symbol !== 'string' || symbolKey(meta.symbol) !== wanted) continue;
			// Another language version of it (the French text of an English report) is a document of its own.
			const held = join(documents, `${name.slice(0, -5)}.txt`);
			if (text !== undefined && existsSync(held) && inOtherLanguages(text, readFileSync(held, 'utf8'))) continue;
			return name.slice(0, -5);
		} catch {
			// A file that does not read is the folder's load's to report, not this check's.
		}
	}
	return undefined;
}
