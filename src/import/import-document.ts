import { footnoteNotes } from './footnote-notes.ts';
import { leftOutNotes } from './left-out-notes.ts';
import { pageFooterNotes } from './page-footer-notes.ts';
import { frontMatterNotes } from './front-matter-notes.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { dataFolderProblem } from '../corpus/data-folder.ts';
import { validateDocumentMeta } from '../corpus/document-meta.ts';
import { defaultSourceUrl } from '../corpus/source-url.ts';
import { loadLanguage } from '../corpus/language.ts';
import { DEFAULT_DATA_DIR } from '../corpus/load-corpus.ts';
import { dataProblems, noiseProblems, previewLines, allThemes, repeatedLineIssues, slugHolding } from './data-check.ts';
import { extract } from './extract-file.ts';
import { parsePublished } from '../corpus/roman-numbering.ts';
import { outOfOrder, outOfOrderAdvice } from './reading-order.ts';
import { FRONT_LINES, guessMetadata } from './guess-metadata.ts';
import { ImportError } from './import-error.ts';
import { checkImportOptions, type GivenMetadata } from './import-options.ts';
import { slugOf } from './document-slug.ts';
import { symbolAdvice } from './symbol-advice.ts';
import { otherLanguageNote, replaceAdvice } from './other-version.ts';
import { withPageDate } from './page-date.ts';
import { unitedNationsOrgan } from '../render/citation.ts';
import { missingDateAdvice } from './date-doubt.ts';
import { shortTitleOf } from './short-title.ts';
import { writeIfFolderLoads } from './write-if-loads.ts';

export { ImportError } from './import-error.ts';

export interface ImportOptions extends GivenMetadata {
	file: string;
	dataDir: string;
	force?: boolean | undefined;
}

export interface ImportResult {
	slug: string;
	files: string[];
	/** One line per paragraph: number, section, first words, themes. */
	preview: string[];
	/** Everything to look at: unthemed paragraphs with suggested patterns, numbering, leftover noise, guesses. */
	problems: string[];
	/** What was guessed rather than given, to check. */
	notes: string[];
	/** How many documents the folder holds now, this one included. */
	documents: number;
	/** Their symbols, in the folder's order. */
	symbols: string[];
}

/** Throws, before anything is written, when the data folder lacks what loading it needs or has it in bad shape. */
function checkDataFolder(dataDir: string): void {
	const problem = dataFolderProblem(dataDir, DEFAULT_DATA_DIR);
	if (problem) throw new ImportError(`import: ${problem} (nothing written)`);
	// The files are there: reading them reports a broken one now rather than after the document is written.
	allThemes(dataDir);
	loadLanguage(dataDir, createHash('sha256'));
}

/**
 * Imports a document into a data folder: extracts its text, writes `<slug>.txt` (the text as extracted: the parser
 * cleans it at load time, as it does dropped-in files) and `<slug>.json` (metadata given or read from the text),
 * then loads the folder to preview the paragraphs and list every problem. Never replaces files without `force`.
 */
export async function importDocument(asked: ImportOptions): Promise<ImportResult> {
	// What was typed first, then the folder it goes to, then the file: each mistake named where it is.
	const checked = checkImportOptions(asked);
	const options = { ...asked, ...checked.options };
	checkDataFolder(options.dataDir);
	if (!existsSync(options.file)) throw new ImportError(`import: there is no file ${options.file}`);
	const extracted = await extract(options.file);
	// A page whose columns could not be told apart would be quoted with both columns' lines mixed: said first.
	if (extracted.unsure !== undefined && !options.force) {
		throw new ImportError(`import: ${extracted.unsure}\n(nothing written)`);
	}
	const found = withPageDate(guessMetadata(extracted.text, extracted.heading, extracted.display), extracted.date);
	// The text's own symbol first; else the one the file's settings give (a Markdown page's front matter).
	const read = found.symbol === undefined && extracted.symbol ? { ...found, symbol: extracted.symbol } : found;
	// An e-mail's subject names the document only when its text has no title line of its own; it may be the sender's.
	const guessed =
		read.title === undefined && extracted.subject !== undefined
			? { ...read, title: extracted.subject, titleDoubt: "it is the e-mail's subject; the text has no title line" }
			: read;
	const notes: string[] = [
		...checked.notes,
		...(extracted.warnings ?? []),
		...(extracted.unsure === undefined ? [] : [extracted.unsure]),
		...footnoteNotes(extracted.text),
		...leftOutNotes(extracted.text),
		...pageFooterNotes(extracted.text),
	];
	const pick = <T>(given: T | undefined, guess: T | undefined, what: string): T | undefined => {
		if (given !== undefined) return given;
		if (guess !== undefined) notes.push(`${what} read from the text: ${String(guess)}`);
		return guess;
	};
	const symbol = pick(options.symbol, guessed.symbol, 'symbol');
	const title = pick(options.title, guessed.title, 'title');
	if (options.title === undefined && guessed.title !== undefined && guessed.titleDoubt !== undefined) {
		notes.push(
			`unsure of the title: ${guessed.titleDoubt}. If it is not the document's, import again with ` +
				'--title "<the title>" --force',
		);
	}
	const releaseDate = pick(options.date, guessed.releaseDate, 'date');
	if (options.date === undefined && guessed.releaseDate !== undefined && guessed.dateDoubt !== undefined) {
		notes.push(
			`unsure of the date: ${guessed.dateDoubt}. If it is not the document's, import again with ` +
				'--date YYYY-MM-DD --force',
		);
	}
	const place = pick(options.place, guessed.place, 'place');
	const publisher = options.publisher ?? guessed.publisher;
	// A UN symbol names its organ (see `citations`); another body is named only by what is read or given.
	if (
		options.publisher === undefined &&
		(guessed.publisher !== undefined || unitedNationsOrgan(symbol ?? '') === undefined)
	) {
		notes.push(
			guessed.publisher === undefined
				? `no organisation read from the text: APA citations put the title in the author's place; pass --publisher "<organisation>" to name it`
				: `organisation read from the text: ${guessed.publisher} (APA cites it as the author; pass --publisher to set it)`,
		);
	}
	// The meeting's days are the front matter's range (`21–26 October 2024`); the release date stays the one read.
	const meetingDates = guessed.meetingDates;
	if (meetingDates !== undefined) notes.push(`meeting dates read from the text: ${meetingDates.join(', ')}`);
	const missing = [
		symbol === undefined && { field: 'symbol', option: '--symbol <symbol>' },
		title === undefined && { field: 'title', option: '--title <title>' },
		releaseDate === undefined && { field: 'date', option: '--date YYYY-MM-DD' },
	].filter((m) => m !== false);
	if (missing.length > 0 || symbol === undefined || title === undefined) {
		throw new ImportError(
			`import: could not read the document's ${missing.map((m) => m.field).join(', ')} from its first ` +
				`${FRONT_LINES} lines; pass ${missing.map((m) => m.option).join(', ')}` +
				(symbol === undefined ? `\n  ${symbolAdvice(guessed.symbolLike, guessed.symbolLikeLine)}` : '') +
				(releaseDate === undefined ? `\n  ${missingDateAdvice(guessed.datelineLike, guessed.dateLines)}` : ''),
		);
	}
	if (place === undefined) {
		notes.push('place not read from the text (no dateline such as "Geneva, 10 March 2024"); pass --place <city>');
	}
	// What was typed, then where the saved page says it lives, then where the symbol is published.
	let sourceUrl = options.url ?? extracted.url;
	if (options.url === undefined && extracted.url !== undefined) {
		notes.push(`source URL read from the page: ${extracted.url} (pass --url to set it)`);
	}
	if (sourceUrl === undefined) {
		// Where a UN symbol is published: the Official Document System, or the press release pages.
		sourceUrl = defaultSourceUrl(symbol, releaseDate);
		notes.push(
			sourceUrl === undefined
				? `no source URL: ${symbol} is not a UN symbol, so no address can be made from it; pass --url <where it is published> so that citations link to it`
				: `source URL made from the symbol: ${sourceUrl} (pass --url to set it)`,
		);
	}
	const slug = options.slug ?? slugOf(symbol, options.file);
	const shortTitle = options.shortTitle ?? shortTitleOf(title);
	// Footers and choice lists show it: a title cut here is said, with how to choose it.
	if (options.shortTitle === undefined && shortTitle !== title) {
		notes.push(`short title made from the title: ${shortTitle} (pass --short-title "<title>" to set it)`);
	}
	const meta = {
		symbol,
		title,
		shortTitle,
		...(publisher === undefined ? {} : { publisher }),
		releaseDate,
		...(place === undefined ? {} : { place }),
		...(meetingDates === undefined ? {} : { meetingDates }),
		sourceUrl,
	};
	const documents = join(options.dataDir, 'documents');
	const textPath = join(documents, `${slug}.txt`);
	const metaPath = join(documents, `${slug}.json`);
	try {
		validateDocumentMeta(slug, meta, metaPath);
	} catch (error) {
		// Only what was read from the text can be wrong here (the options were checked): say so, not "the file is".
		const problems = (error as Error).message.replace(/^[^\n]*\n/u, '');
		throw new ImportError(
			`import: the metadata read from the text is not usable; pass it as options:\n${problems}\n(nothing written)`,
		);
	}
	// A text read out of order would be cited with other paragraphs' words: said before anything is written.
	const parsed = parsePublished(extracted.text, title);
	// An extract's numbers that jump as it prints them (`4.`, `5.`, `9.`) break nothing: said among the notes.
	const disorder = outOfOrder(parsed.problems.filter((problem) => problem.jump !== true));
	notes.push(...parsed.problems.filter((problem) => problem.jump === true).map((p) => `line ${p.line}: ${p.message}`));
	// Text before the first paragraph that no paragraph quotes is named, never dropped silently.
	notes.push(...frontMatterNotes(parsed));
	if (disorder.length > 0) {
		const advice = outOfOrderAdvice(options.file, disorder, extracted.text);
		if (!options.force) throw new ImportError(`import: ${advice}\n(nothing written)`);
		notes.push(advice);
	}
	if (!options.force) {
		const taken = [textPath, metaPath].filter((path) => existsSync(path));
		if (taken.length > 0)
			throw new ImportError(`import: ${replaceAdvice({ slug, textPath, metaPath }, extracted.text)}`);
	}
	const holder = slugHolding(documents, symbol, slug, extracted.text);
	if (holder !== undefined) {
		// The same document again (its page, then its PDF; or under another slug): every search would show it twice.
		throw new ImportError(
			`import: ${symbol} is already in this folder as ${holder} (${join(documents, `${holder}.txt`)}), so nothing was written.\n` +
				`  To import it again in its place: --slug ${holder} --force. If this is another document, give it its own --symbol.`,
		);
	}
	const otherLanguage = otherLanguageNote(documents, symbol, slug, extracted.text);
	if (otherLanguage !== undefined) notes.push(otherLanguage);
	const corpus = writeIfFolderLoads(options.dataDir, documents, slug, [
		{ path: textPath, text: extracted.text.endsWith('\n') ? extracted.text : `${extracted.text}\n` },
		{ path: metaPath, text: `${JSON.stringify(meta, null, '\t')}\n` },
	]);
	const problems = [
		...dataProblems(corpus, allThemes(options.dataDir), slug),
		...noiseProblems(corpus, slug),
		...repeatedLineIssues(corpus, options.dataDir, slug),
	];
	const preview = previewLines(corpus, slug);
	if (preview.length === 0) problems.unshift(`${slug}: no paragraph found in the text`);
	return {
		slug,
		files: [textPath, metaPath],
		preview,
		problems,
		notes,
		documents: corpus.documents.length,
		symbols: corpus.documents.map((d) => d.symbol),
	};
}
