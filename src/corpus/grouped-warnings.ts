import { paragraphMark } from './paragraph-mark.ts';
import { noThemeAdvice } from './corpus-files.ts';
import type { Corpus } from './types.ts';

/**
 * The data folder's warnings as they are said, by the CLI before each answer and in the bot's log at start: a
 * document's paragraphs without a theme in one (`10 paragraphs of MC.DEC/3/24 have no theme yet: preamble ¶4, ¶1,
 * …`), not a line each. The CLI is run again and again, and a newly imported document's fourteen lines of the same
 * advice hid the rest (a stranger's `npm start` printed fourteen log lines before the console's prompt).
 */
export function groupedWarnings(corpus: Corpus, dataDir: string): { document: string; message: string }[] {
	const noTheme = new Map<string, string[]>();
	for (const warning of corpus.warnings) {
		const paragraph = warning.kind === 'no-theme' ? corpus.paragraphById.get(warning.paragraph ?? '') : undefined;
		if (paragraph) noTheme.set(warning.document, [...(noTheme.get(warning.document) ?? []), paragraphMark(paragraph)]);
	}
	const said = new Set<string>();
	return corpus.warnings.flatMap(({ document, kind, message }) => {
		const marks = noTheme.get(document);
		if (kind !== 'no-theme' || !marks || marks.length < 2) return [{ document, message }];
		// The document's first such warning stands for all of them.
		if (said.has(document)) return [];
		said.add(document);
		const symbol = corpus.documentBySlug.get(document)?.symbol ?? document;
		const advice = noThemeAdvice(dataDir, { many: true });
		return [
			{ document, message: `${marks.length} paragraphs of ${symbol} have no theme yet: ${marks.join(', ')}${advice}` },
		];
	});
}

/** The warnings as the CLI prints them (see `groupedWarnings`). */
export const cliWarnings = (corpus: Corpus, dataDir: string): string[] =>
	groupedWarnings(corpus, dataDir).map((warning) => warning.message);
