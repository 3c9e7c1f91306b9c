import { splitFrontMatter } from './front-matter.ts';
import { afterBreak, cursorsOf, numberAt, splitLinePerParagraph, wrapWidthOf, type Cursor } from './layout-mode.ts';
import { isAnnexHeading } from './markers.ts';
import { holdSubParagraphs } from './sub-paragraphs.ts';
import { chapeausApart } from './chapeau-letters.ts';
import { signatureAt } from './signature.ts';
import { readBlocks } from './source-lines.ts';
import { parsedParagraphs } from './parsed-paragraphs.ts';
import { withQuotedResolution, type HeldDraft as Draft } from './quoted-resolution.ts';
import { hyphenCluesOf, joinWrapped } from './unwrap.ts';
import { isLeadIn, itemsOfLeadIns, leadsIntoNumbers } from './block-ends.ts';
import { Numbering, unwrapCoverAnnex } from './numbering.ts';
import { setAsideParticipantsLists } from './participants-list.ts';
import { paragraphStartAt } from './paragraph-starts.ts';
import { appendLine, introductionsSetAside, unreadNumbers } from './paragraph-lines.ts';
import { SectionLevels } from './section-levels.ts';
import { headingAt, layoutOf } from './headings.ts';
import { continuesHeading, underCapitals } from './heading-continuation.ts';
import { listSubHeadingAt } from './list-sub-headings.ts';
import { PreambleReader, opensWithPreamble } from './preamble.ts';
import { FrontMatter } from './opening-paragraphs.ts';
import type { ParsedSource, SourceProblem } from './parsed-source.ts';
import { LostText } from './lost-text.ts';
import { withoutSoftHyphens, withoutSoftHyphensInLines } from './text.ts';
import { doubtWarning } from './furniture-doubts.ts';
import { readTextColumns } from './text-columns.ts';
import { UnnumberedPart, isStatementHeading } from './document-parts.ts';
import { namesWhoDecides } from './section-parts.ts';
import { SectionPreambles } from './section-preambles.ts';
import { withSymbolFontBullets } from './symbol-font-bullets.ts';

/**
 * Splits a published text into its preamble and paragraphs, whatever the layout: numbered paragraphs (`1.`, `12)`)
 * under roman or lettered headings, bulleted conclusions after a lead-in, or plain blocks; hard-wrapped or
 * double-spaced text (from a PDF); page furniture between the lines. The quoted text keeps its original characters
 * but the invisible soft hyphen.
 *
 * @param published - the text as published (soft hyphens are read as a reader sees them: see `withoutSoftHyphens`)
 * @param title - the document's title from its metadata, recognized and skipped when there is no dateline
 */
export function parseSource(published: string, title: string): ParsedSource {
	// Soft hyphens are invisible in a line: the words are read (and quoted, and searched) as a reader sees them. A
	// page `pdftotext -layout` gave in two columns side by side is read column by column, as its reader reads it.
	// Word's symbol-font bullets are read as the bullets they show (see symbol-font-bullets.ts).
	const source = readTextColumns(withSymbolFontBullets(withoutSoftHyphensInLines(published))).text;
	const words = hyphenCluesOf(source);
	const footnoteMarks = new Set<string>();
	const { dateline, datelined, body, titleSetAside } = splitFrontMatter(
		splitLinePerParagraph(readBlocks(source, footnoteMarks)),
		withoutSoftHyphens(title),
	);
	// A list of who took part is context, set aside before the text's layout is judged (its names are no bullets).
	const { cursors: read, lists: participants } = setAsideParticipantsLists(cursorsOf(body));
	const { cursors, mode } = layoutOf(read);
	const context: string[] = dateline ? [dateline.map((l) => l.text).join(' ')] : [];
	const paragraphs: Draft[] = [];
	const problems: SourceProblem[] = [];
	let section: string | null = null;
	const levels = new SectionLevels();
	let heading: string[] | undefined;
	// The annex's (or attachment's) heading and section, which a separator inside it does not close.
	let [partHeading, partSection]: [string[] | undefined, string | null] = [undefined, null];
	let current: Draft | undefined;
	const numbering = new Numbering(mode.kind === 'numbered' ? mode.first : 1, problems);
	let lost: LostText | undefined;
	let inLeadIn = false;
	let signatureLeft = 0;
	let readTo = 0; // the lines before it were read with a sub-heading inside a list
	const preamble = new PreambleReader();
	// A part after the text whose paragraphs have no numbers (an attachment's statement): see document-parts.ts.
	const part = new UnnumberedPart();
	const front = new FrontMatter();
	const sectionPreambles = new SectionPreambles(); // a later section's own (see section-preambles.ts)

	const wrapWidth = wrapWidthOf(cursors);
	// Bullets that go on with the sentence of a lead-in that says something: items of the paragraph it opens.
	const leadInItems = itemsOfLeadIns(cursors, mode);
	const layout = { mode, numbering, leadInItems, cursors, wrapWidth, hasDateline: datelined };
	const startsParagraph = (cursor: Cursor, i: number) =>
		paragraphStartAt(cursor, i, layout, current, paragraphs.length);

	const isHeadingAt = (cursor: Cursor, i: number, underCapitals: boolean): boolean =>
		headingAt(cursor, i, {
			underCapitals,
			cursors,
			mode,
			open: current?.text,
			// An annex after the body heads its own section; so does one after a body without numbers (a letter
			// transmitting conclusions in its annex).
			afterBody: current !== undefined || paragraphs.length > 0 || (mode.kind === 'numbered' && context.length > 0),
			hasDateline: datelined,
			titleSetAside,
			finished: paragraphs.length,
		});

	for (const [i, cursor] of cursors.entries()) {
		// A signature block (`(Signed) …`, the signer's title) closes the text: context, not the paragraph above it.
		if (signatureLeft > 0) {
			context[context.length - 1] = `${context.at(-1) ?? ''}\n${cursor.text}`;
			signatureLeft -= 1;
			continue;
		}
		if (i < readTo) continue;
		// A separator (`* * *`, `° ° °`) ends the part above it: what follows stands under none of its headings (the
		// European Council's closing items after `° ° °`), though still in its annex.
		if (cursor.afterSeparator === true && (current !== undefined || paragraphs.length > 0)) {
			section = partSection;
			levels.close();
		}
		// A sub-heading inside a paragraph's list, with the item under it: lines of the paragraph, not a section.
		const inList = current ? listSubHeadingAt(current.text, cursors, i, mode) : undefined;
		if (current && inList) {
			current.text = `${current.text}\n${inList.text}`;
			readTo = i + inList.lines;
			continue;
		}
		const signature = signatureAt(cursors, i);
		if (signature > 0) {
			if (current) paragraphs.push(current);
			current = undefined;
			heading = undefined;
			context.push(cursor.text);
			signatureLeft = signature - 1;
			continue;
		}
		const afterText = mode.kind === 'numbered' && (current !== undefined || paragraphs.length > 0);
		if (part.isMasthead(cursors, i, heading, afterText)) continue;
		if (heading && continuesHeading(heading, cursors, i)) {
			heading.push(cursor.text);
			section = levels.name(heading, numbering.annex);
			numbering.sectionPath = section;
			if (heading === partHeading) partSection = section;
			continue;
		}
		const belowCapitals = heading !== undefined && underCapitals(heading, cursor.text);
		// Text right under a heading's line, with no blank line between (`Article 1`, then its text): a block's start.
		const underHeading = heading !== undefined;
		heading = undefined;
		const statement = afterText && !part.pending && isStatementHeading(cursor.text) && afterBreak(cursor.previous);
		if (statement || isHeadingAt(cursor, i, belowCapitals)) {
			heading = [cursor.text];
			// The annex's own headings (`I. Introduction`) may stand between its line and its first number.
			const partName = statement ? part.statementName() : isAnnexHeading(cursor.text) ? cursor.text.trim() : undefined;
			if (partName !== undefined) numbering.enterAnnex(partName);
			else numbering.enterHeading(cursor.text);
			if (partName !== undefined && afterText) part.enter(partName);
			section = levels.name(heading, numbering.annex);
			numbering.sectionPath = section;
			if (partName !== undefined) [partHeading, partSection] = [heading, section];
			if (current) paragraphs.push(current);
			current = undefined;
			continue;
		}
		if (part.pending) part.firstLine(numberAt(cursor) !== undefined || leadsIntoNumbers(cursors, i));
		if (part.open) {
			current = part.take(cursor, { current, paragraphs, section, numbering }, (t) =>
				appendLine(t, cursor, mode, words),
			);
			continue;
		}
		const start = startsParagraph(underHeading && mode.kind === 'plain' ? { ...cursor, blockStart: true } : cursor, i);
		if (start) {
			if (current) paragraphs.push(current);
			current = { number: start.number, section, line: cursor.line, text: start.rest };
			if (start.ownMark !== undefined) current.ownMark = start.ownMark;
			if (mode.kind === 'numbered' && start.ownMark === undefined) {
				const inAnnex = numbering.started(start.number);
				if (inAnnex) current.inAnnex = inAnnex;
			}
			continue;
		}
		// An annex's opening sentence over its numbered paragraphs (`…declare the following:`, then `1.`) is its chapeau.
		const annexChapeau = () => !current && numbering.annex !== undefined && leadsIntoNumbers(cursors, i);
		if (cursor.blockStart && (isLeadIn(cursors, mode, i) || annexChapeau())) {
			// A lead-in is context wherever it stands, not the end of the paragraph before it.
			if (current) paragraphs.push(current);
			current = undefined;
			inLeadIn = true;
			context.push(cursor.text);
			continue;
		}
		if (inLeadIn && !current && !cursor.blockStart) {
			context[context.length - 1] = joinWrapped(context.at(-1) ?? '', cursor.text, words);
			continue;
		}
		inLeadIn = false;
		if (!current && mode.kind === 'numbered' && namesWhoDecides(cursors, i)) {
			// `Decisions` / `The Deputies` over `1. took note…`: who speaks the numbered decisions, context as a lead-in is.
			context.push(cursor.text);
			continue;
		}
		const at = { words, context, section, underHeading };
		if (!current && paragraphs.length > 0 && sectionPreambles.take(cursors, i, at)) continue;
		if (!current && paragraphs.length > 0) {
			// After the first conclusion, text that starts none (an unnumbered block under a heading of a numbered
			// text) would be lost to the preamble: said, naming the line, so that the data check fails on it. One
			// warning a run of lines, which names the run's last words too: a run may begin with furniture the parser
			// did not know and go on with the end of a paragraph that a page broke.
			if (lost?.at === i - 1) lost.add(cursor.text, i);
			else {
				lost = new LostText(cursor, i, section);
				problems.push(lost.problem);
			}
			continue;
		}
		if (!current && opensWithPreamble(mode) && paragraphs.length === 0) {
			// A resolution's preamble: its paragraphs are quoted and cited, not context (see preamble.ts).
			if (preamble.take(cursors, i, words, context, section)) {
				if (cursor.doubt !== undefined && preamble.joined) {
					problems.push(doubtWarning({ ...cursor, doubt: cursor.doubt }, 'the preambular paragraph above'));
				}
				continue;
			}
		}
		if (!current) {
			// Before the first conclusion: context (a lead-in), or in a numbered text its front matter.
			if (cursor.blockStart || context.length === 0) front.push(context, cursor);
			else context[context.length - 1] = joinWrapped(context.at(-1) ?? '', cursor.text, words);
			continue;
		}
		// A line that stands where furniture or a footnote does, kept: said, naming the paragraph that takes it in.
		if (cursor.doubt !== undefined)
			problems.push(doubtWarning({ ...cursor, doubt: cursor.doubt }, `¶${current.number}`));
		current.text = leadInItems.has(i)
			? `${current.text}\n${cursor.text}`
			: appendLine(current.text, cursor, mode, words);
	}
	if (current) paragraphs.push(current);
	numbering.nameFirstSections(paragraphs);
	unwrapCoverAnnex(paragraphs); // a text in a cover note's annex, with an annex of its own (see numbering.ts)
	// A document of plain blocks: a block that only introduces the next is context (see `introductionsSetAside`).
	if (mode.kind === 'plain') introductionsSetAside(paragraphs, context);
	// A resolution quoted in full by a press release is read as a resolution (see quoted-resolution.ts).
	if (mode.kind !== 'numbered') paragraphs.splice(0, paragraphs.length, ...withQuotedResolution(paragraphs, context));
	// Numbers the text does not read as its own (too few, or not in sequence) are worth a look.
	if (mode.kind !== 'numbered') problems.push(...unreadNumbers(paragraphs));
	context.push(...participants);
	// In document order; held after the operative paragraphs' numbers (an annex's, and `4.1` under ¶4's too).
	paragraphs.unshift(...preamble.held(holdSubParagraphs(chapeausApart(paragraphs, context))));
	// Sentences before a numbered or marked text's first paragraph are in none: said by the import.
	const unquoted = mode.kind === 'numbered' || mode.kind === 'lettered' ? front.sentences(context) : [];
	return {
		// A soft hyphen left at a line end that no line followed (a paragraph's last) is as invisible as any other.
		preamble: context.length > 0 ? withoutSoftHyphens(context.join('\n\n')) : null,
		paragraphs: parsedParagraphs(sectionPreambles.placed(paragraphs), footnoteMarks),
		problems,
		...(unquoted.length > 0 ? { unquoted } : {}),
		...(preamble.chapeau ? { chapeau: preamble.chapeau } : {}),
	};
}
