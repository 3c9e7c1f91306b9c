import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { symbolKey } from '../corpus/document-warnings.ts';
import { languageOf } from '../corpus/text-language.ts';

/**
 * A document already in the folder under the slug an import would write: the same text again (a re-import, to
 * correct its metadata: `--force` writes it again), or another text under the same symbol, as every language
 * version of a UN document shares its symbol (the French concluding observations beside the English ones). `--force`
 * would then destroy the other text: the import says so, and how to keep both.
 */

/** A language's name in a message, and the slug's suffix that names it (ISO 639-1). */
const LANGUAGES: Readonly<Record<string, { name: string; code: string }>> = {
	english: { name: 'English', code: 'en' },
	french: { name: 'French', code: 'fr' },
	spanish: { name: 'Spanish', code: 'es' },
	portuguese: { name: 'Portuguese', code: 'pt' },
};

/** Texts compared as their reader sees them: blanks and line ends do not count. */
const words = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The language a text reads in, when it can be told (see text-language.ts). */
const languageName = (text: string) => LANGUAGES[languageOf(text) ?? '']?.name;

/** Whether two texts are two language versions: each reads in a language, and not the same one. */
export function inOtherLanguages(text: string, other: string): boolean {
	const [a, b] = [languageOf(text), languageOf(other)];
	return a !== undefined && b !== undefined && a !== b;
}

/** What is known of the document an import would replace. */
export interface HeldDocument {
	slug: string;
	textPath: string;
	metaPath: string;
}

/** The held document's title and symbol as its metadata gives them, when it reads. */
function heldMeta(metaPath: string): { title?: string; symbol?: string } {
	try {
		const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { title?: unknown; symbol?: unknown };
		return {
			...(typeof meta.title === 'string' ? { title: meta.title } : {}),
			...(typeof meta.symbol === 'string' ? { symbol: meta.symbol } : {}),
		};
	} catch {
		return {};
	}
}

/**
 * Why an import does not write over `held` without `--force`, and what to do: the same text again (`--force` writes
 * it again), or another text: another language version (keep both with `--slug <slug>-fr`), or another version in
 * the same language (`--force` replaces it; another document takes its own `--symbol`). Either way, what `--force`
 * would destroy is named.
 */
export function replaceAdvice(held: HeldDocument, text: string): string {
	const paths = [held.textPath, held.metaPath].filter((path) => existsSync(path));
	const heldText = existsSync(held.textPath) ? readFileSync(held.textPath, 'utf8') : undefined;
	if (heldText === undefined || words(heldText) === words(text))
		return `${paths.join(' and ')} exist${heldText === undefined ? '' : ', from the same text'}; pass --force to replace them`;
	const { title, symbol } = heldMeta(held.metaPath);
	const named = `${held.slug}${title === undefined ? '' : ` ("${title}")`}`;
	const where = `${symbol ?? 'a document'} is already in this folder as ${named}, ${held.textPath}`;
	if (inOtherLanguages(text, heldText)) {
		const [mine, theirs] = [languageOf(text) ?? '', languageOf(heldText) ?? ''];
		const [language, other] = [LANGUAGES[mine], LANGUAGES[theirs]];
		return [
			`${where}, in ${other?.name ?? theirs}; this file is in ${language?.name ?? mine}: another language version of it, so nothing was written.`,
			`To keep both, import this one under its own slug: --slug ${held.slug}-${language?.code ?? mine} (both keep the symbol ${symbol ?? ''}).`,
			`--force would replace ${held.slug} with this file: the ${other?.name ?? theirs} text would be gone from the folder.`,
		].join('\n  ');
	}
	return [
		`${where}, and this file's text differs from it${languageName(text) === undefined ? '' : ` (both in ${languageName(text)})`}, so nothing was written.`,
		`If this file is a new version of that document, --force replaces ${held.slug} with it (its present text would be gone from the folder).`,
		`If it is another document, give it its own --symbol (or --slug and --symbol).`,
	].join('\n  ');
}

/**
 * The import's note when the folder holds another language version of the document (the same symbol, a text in
 * another language): both are kept, cited by the symbol they share, told apart by their slugs. Undefined otherwise.
 */
export function otherLanguageNote(documents: string, symbol: string, slug: string, text: string): string | undefined {
	if (!existsSync(documents)) return undefined;
	for (const name of readdirSync(documents)) {
		const other = name.slice(0, -'.json'.length);
		const textPath = join(documents, `${other}.txt`);
		if (!name.endsWith('.json') || other === slug || !existsSync(textPath)) continue;
		if (symbolKey(heldMeta(join(documents, name)).symbol ?? '') !== symbolKey(symbol)) continue;
		const held = readFileSync(textPath, 'utf8');
		if (!inOtherLanguages(text, held)) continue;
		return `${symbol} is also in this folder as ${other}, in ${languageName(held) ?? 'another language'}: this ${languageName(text) ?? ''} text is kept beside it as ${slug}; both are cited as ${symbol}, and /quote and /conclusions tell them apart by their document option`;
	}
	return undefined;
}
