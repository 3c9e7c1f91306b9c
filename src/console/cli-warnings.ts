import { paragraphMark } from '../corpus/paragraph-mark.ts';
import { noThemeAdvice } from '../corpus/corpus-files.ts';
import type { Corpus } from '../corpus/types.ts';

/**
 * The data folder's warnings as the CLI prints them before each answer: a document's paragraphs without a theme in
 * one line (`10 paragraphs of MC.DEC/3/24 have no theme yet: preamble ¶4, ¶1, …`), not a line each — the CLI is run
 * again and again, and ten lines of the same advice above every answer hide it. The bot's log keeps a line each.
 */
export function cliWarnings(corpus: Corpus, dataDir: string): string[] {
	const noTheme = new Map<string, string[]>();
	for (const warning of corpus.warnings) {
		const paragraph = warning.kind === 'no-theme' ? corpus.paragraphById.get(warning.paragraph ?? '') : undefined;
		if (paragraph) noTheme.set(warning.document, [...(noTheme.get(warning.document) ?? []), paragraphMark(paragraph)]);
	}
	const said = new Set<string>();
	return corpus.warnings.flatMap((warning) => {
		const marks = noTheme.get(warning.document);
		if (warning.kind !== 'no-theme' || !marks || marks.length < 2) return [warning.message];
		// The document's first such warning stands for all of them.
		if (said.has(warning.document)) return [];
		said.add(warning.document);
		const symbol = corpus.documentBySlug.get(warning.document)?.symbol ?? warning.document;
		return [
			`${marks.length} paragraphs of ${symbol} have no theme yet: ${marks.join(', ')}${noThemeAdvice(dataDir, { many: true })}`,
		];
	});
}
