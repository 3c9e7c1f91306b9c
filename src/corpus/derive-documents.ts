import { notUtf8Warnings, sameSymbolWarnings } from './document-warnings.ts';
import { noThemeAdvice, type DocumentFiles } from './corpus-files.ts';
import type { Derived } from './derived-format.ts';
import { leftOutText } from './left-out-text.ts';
import { noParagraphFound } from './no-paragraph.ts';
import { paragraphMark } from './paragraph-mark.ts';
import { paragraph } from './paragraph-record.ts';
import { parsePublished } from './roman-numbering.ts';
import { normalizeWhitespace } from './text.ts';
import { assignThemes, compileThemeMatchers } from './themes.ts';
import type { CorpusWarning, Theme, ThemeOverride } from './types.ts';

/**
 * Parses every document's text into paragraphs and assigns their themes: what a snapshot keeps. Throws when a document
 * has no paragraph (nothing is saved then).
 */
export function deriveDocuments(
	metas: readonly DocumentFiles[],
	themes: readonly Theme[],
	overrides: readonly ThemeOverride[],
	dataDir: string,
): Derived {
	const matchers = compileThemeMatchers(themes);
	const problems: string[] = [];
	const warnings: CorpusWarning[] = [];
	let order = 0;
	const documents = metas.map(({ meta, source, textPath: textFile }) => {
		const parsed = parsePublished(source.toString('utf8'), meta.title);
		if (parsed.paragraphs.length === 0) problems.push(`${meta.slug}: ${noParagraphFound(source.toString('utf8'))}`);
		// What the document marks as paragraphs but none holds is said too (see left-out-text.ts).
		for (const problem of [...parsed.problems, ...leftOutText(source.toString('utf8'), parsed)]) {
			const advice = problem.jump ? '' : ` — ${problem.advice ?? 'check the numbers in the text'}`;
			warnings.push({
				kind: problem.jump ? 'jump' : 'numbering',
				document: meta.slug,
				message: `${textFile} line ${problem.line}: ${problem.message}${advice}`,
			});
		}
		const paragraphs = parsed.paragraphs.map((p) => {
			const id = `${meta.slug}-${p.number}`;
			const searchText = normalizeWhitespace(p.text);
			const paragraphThemes = assignThemes(id, searchText, themes, matchers, overrides, p.section);
			if (paragraphThemes.length === 0) {
				warnings.push({
					kind: 'no-theme',
					document: meta.slug,
					paragraph: id,
					message:
						`${id} (${meta.symbol} ${paragraphMark(p)}, ${textFile} line ${p.line}) has no theme yet` +
						noThemeAdvice(dataDir),
				});
			}
			return paragraph(
				meta.slug,
				p.number,
				p.section,
				p.text,
				searchText,
				paragraphThemes,
				order++,
				p.inAnnex,
				p.ownMark,
				p.markPart,
			);
		});
		return { preamble: parsed.preamble, paragraphs };
	});
	if (problems.length > 0) throw new Error(`corpus: ${dataDir} is inconsistent:\n  - ${problems.join('\n  - ')}`);
	warnings.push(...sameSymbolWarnings(metas), ...notUtf8Warnings(metas));
	return { documents, warnings };
}
