import type { Block, SourceLine } from './source-lines.ts';
import { normalizeWhitespace } from './text.ts';
import { withoutPageFooter } from './page-footer.ts';
import { ENDS_SENTENCE, isAnnexHeading } from './markers.ts';
import { withoutSeparators } from './separators.ts';

/** "31 July 2003": the release date line a UN press release starts with. */
const DATE_LINE = /^\d{1,2} \p{Lu}\p{Ll}+ \d{4}$/u;
/**
 * "NEW YORK, 30 July (UN Headquarters) -- Following are…": the dateline that opens a press release; the web pages
 * set a dash (`—`, `–`) where the printed release has `--`.
 */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+, \d{1,2} \p{Lu}\p{Ll}+.*?(?:--|[—–])/u;

const blockText = (block: Block) => normalizeWhitespace(block.map((l) => l.text).join(' '));

/** A dateline paragraph's end announcing the text under it: `… issued the following summing-up.`, `…:`. */
const ANNOUNCES = /(?::|\b(?:following|as follows|below)\b[^.!?]*[.!?])[)"'”’»]*$/iu;
/** Words after the dateline's dash that make a paragraph of news, not a lead-in. */
const NEWS_WORDS = 8;

/**
 * Whether a dateline paragraph is the release's first paragraph of news (`NEW YORK, 12 March (UN Headquarters) — The
 * General Assembly today established …`, as meetings coverage opens): quoted and searched whole, as published. One
 * that announces the text under it (`-- Following are the conclusions …:`) is context.
 */
function isNewsLead(text: string): boolean {
	const after = text.replace(DATELINE, '').trim();
	return ENDS_SENTENCE.test(after) && !ANNOUNCES.test(after) && after.split(/\s+/u).length >= NEWS_WORDS;
}

/**
 * Sets aside what comes before the text and after it: a press release's end marker and its closing lines, and the
 * separators between parts (see separators.ts), a copied page's footer (see page-footer.ts); the dateline paragraph
 * (context, unless it is news: see `isNewsLead`) and all before it; and, in the first blocks of what is left, a date
 * line and the title, which a page may set after its dateline as well as before. `datelined`: a dateline was found,
 * context or news (nothing above it is the body's).
 */
export function splitFrontMatter(
	blocks: Block[],
	title: string,
): { dateline: Block | undefined; datelined: boolean; body: Block[]; titleSetAside: boolean } {
	// A web page copied whole ends with its site's footer: no part of the last paragraph.
	const ended = withoutSeparators(withoutPageFooter(blocks));
	const found = ended.findIndex((block) => DATELINE.test(blockText(block)));
	const news = found >= 0 && isNewsLead(blockText(ended[found] ?? []));
	const datelineAt = news ? -1 : found;
	const rest = found >= 0 ? ended.slice(news ? found : found + 1) : ended;
	const body = withoutLeadMatter(rest, title);
	// Whether the title's block was among those set aside: then the body's first line cannot be the title.
	const wantedTitle = normalizeWhitespace(title).toLowerCase();
	const titleSetAside = rest.slice(0, 3).some((block) => blockText(block).toLowerCase() === wantedTitle);
	return { dateline: datelineAt >= 0 ? ended[datelineAt] : undefined, datelined: found >= 0, body, titleSetAside };
}

/**
 * The first blocks without a date line or the title: they head the page, not a section. (A `Press Release SG/2084`
 * line is page furniture wherever it stands: see `layout-noise.ts`.)
 */
function withoutLeadMatter(blocks: Block[], title: string): Block[] {
	const wantedTitle = normalizeWhitespace(title).toLowerCase();
	// A date line of the lead stands above the text's first sentence: a date under a finished sentence (in a text
	// copied without blank lines, where the first block may hold the whole text) is the text's own, such as its
	// closing place and date, not the lead's.
	const firstSentence = blocks.flat().find((line) => ENDS_SENTENCE.test(line.text));
	const inLead = (line: SourceLine) => firstSentence === undefined || line.line < firstSentence.line;
	return blocks
		.map((block, i) =>
			i < 3 ? block.filter((line) => !(DATE_LINE.test(normalizeWhitespace(line.text)) && inLead(line))) : block,
		)
		.filter(
			(block, i, all) =>
				block.length > 0 &&
				!(
					i < 3 &&
					blockText(block).toLowerCase() === wantedTitle &&
					// Under an `ANNEX` line after a cover page's date, the title is the annex's own, which names its section
					// (`ANNEX — Council conclusions on…`). A text that opens with its `Annex` line is the annex: its title
					// is the document's.
					!(i >= 2 && isAnnexHeading(all[i - 1]?.at(-1)?.text ?? ''))
				),
		);
}
