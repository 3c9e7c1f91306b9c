import { endsSentence, opensLetterText } from './body-lines.ts';
import { candidateOf, candidatesOf, goesOnFromAbove, mostDisplayed, type TitleCandidate } from './title-candidate.ts';
import { isDatedKind, isDocumentKindLine, isKindHeading, namesDocument } from './document-kind.ts';
import { isFrontMatterEnd, isOrganLine, symbolBlockEnd } from './front-matter.ts';
import { AGENDA_ITEM, DATE, titleTextOf, withoutTitleMark } from './masthead.ts';
import { adoptionNoteAt, kindWithNote } from './adoption-note.ts';
import { titleDoubtOf } from './title-doubts.ts';
import { BRACKETED, decisionBelow, NUMBERED_RESOLUTION, RESOLUTION_NUMBER, VERSION_NOTE } from './decision-title.ts';
import { untitled } from './item-title.ts';
import { nameAboveTitle, saysWhereOrWhen, textBetween, wordsSetApartAbove } from './title-runs.ts';
import { signatureLinesAt } from '../corpus/signature.ts';
import { isShareWidgetBeside } from '../corpus/layout-noise.ts';

/** How many lines under the first run a run naming the document is looked for. */
const NAMED_WITHIN = 8;

/** A run that is the title only when nothing else is: the issuing body's name, a site's menu. */
const setAside = (candidate: TitleCandidate) => candidate.organ || candidate.menu;

/**
 * The title among a text's first lines: the first run of lines of four words or more after the block that holds
 * its symbol and date, leaving out the masthead, a page's navigation, and the line naming the body that issued it
 * (`Working Group on Children and Armed Conflict`), which UN documents set above their title. A run before that
 * block (a copied page's menus), or the body's name, is taken only when nothing better follows, and said so. A run
 * a PDF sets in display type (`displayLines`, largest first) is the title before any other.
 */
export function guessTitle(
	raw: readonly string[],
	lines: readonly string[],
	displayLines: readonly string[],
): { title?: string; titleDoubt?: string } {
	const blockEnd = symbolBlockEnd(raw, lines);
	const candidates: TitleCandidate[] = [];
	const display = displayLines.map((line) => line.replace(/\s+/gu, ' ').trim());
	let chosen: TitleCandidate | undefined;
	let first: TitleCandidate | undefined;
	/** A run a few lines under the first that names the document (`CHOGM 2024 Communiqué`) where the first does not. */
	let named: TitleCandidate | undefined;
	let run: string[] = [];
	let runStart = 0;
	let at = 0;
	/**
	 * Whether the lines just under a first run may name the document instead: a text without a symbol (a summit's
	 * communiqué, whose masthead is its meeting's or body's name, `Commonwealth Heads of Government Meeting 2024`),
	 * whose first run names no document and is no letter's own title; up to line `to`, not past the text's first
	 * sentence, under which a heading (`DECISIONS OF THE SUMMIT`) is a section's.
	 */
	const looksOnFrom = (c: TitleCandidate, to: number) =>
		blockEnd < 0 && !namesDocument(c.text) && !isDatedKind(c.text) && !textBetween(lines, c.line, to);
	/** Ends a run; true when it is the title (in display type; else after the symbol's block, not the body's name). */
	const close = (): boolean => {
		if (run.length === 0) return false;
		for (const candidate of candidatesOf(run, runStart)) {
			candidates.push(candidate);
			if (setAside(candidate) || candidate.line <= blockEnd) continue;
			first ??= candidate;
			const below = candidate !== first && looksOnFrom(first, candidate.line);
			if (below && namesDocument(candidate.text)) named ??= candidate;
		}
		run = [];
		// With display type to go by, the whole front matter is read: the largest is chosen at the end.
		if (display.length === 0) chosen = named ?? first;
		const lookingOn = named === undefined && first !== undefined && looksOnFrom(first, at + 1);
		if (lookingOn && at - (first?.line ?? 0) < NAMED_WITHIN) return false;
		return chosen !== undefined;
	};
	// The lines right under an agenda item ("Item 71 (a) of the provisional agenda*") are the item's title: the
	// document's own title when it has none but its kind ("Letter dated… from the Secretary-General", whose block
	// is passed over), else a report's title after them.
	const itemTitle: string[] = [];
	let skipping: 'item' | 'kind' | 'letter' | 'prose' | undefined;
	// A line saying what kind of document it is (`Secretary-General’s bulletin`) and the title under it, which text
	// without blank lines runs on into the first sentence: 'waiting' for the title's first line, 'reading' its
	// wrapped lines (which go on in lower case).
	let kindLine: string | undefined;
	let kindAt = 0;
	let underKind: 'waiting' | 'reading' | undefined;
	let kindTitle: TitleCandidate | undefined;
	/** Whether a title other than the issuing body's name has been read after the symbol's block. */
	const titleAbove = () =>
		candidates.some((c) => !setAside(c) && c.line > blockEnd) || (run.length > 0 && !isOrganLine(run.join(' ')));
	/** The last line of a note passed over. */
	let skipTo = -1;
	for (const [i, rawLine] of raw.entries()) {
		at = i;
		if (i <= skipTo) continue;
		const line = lines[i] ?? '';
		// A line saying where and when (a dateline, a host and year) is never a title's: see `saysWhereOrWhen`.
		const dated = saysWhereOrWhen(raw, lines, i);
		if (underKind === 'reading') {
			// A capitalised line goes on with it too when it is the last of the title's block, no longer than the line
			// above (`…the implementation of the Global` / `Framework on Chemicals`, then a blank line): a first
			// sentence run on without a blank line would not stop there.
			const lastOfBlock = (lines[i + 1] ?? '') === '' && line.length <= (run.at(-1)?.length ?? 0);
			const goesOn = /^\p{Ll}/u.test(line) || (lastOfBlock && !dated);
			if (line !== '' && goesOn && titleTextOf(rawLine) === line && !/[.;:]$/u.test(line)) {
				run.push(line);
				continue;
			}
			underKind = undefined;
			kindTitle = candidateOf(run, runStart);
			close();
			break;
		}
		// A kind line's wrapped part goes on in lower case (`…par la Présidente` / `de la Commission`): not the title.
		if (underKind === 'waiting' && /^\p{Ll}/u.test(line) && isKindHeading(`${kindLine ?? ''} ${line}`)) {
			kindLine = `${kindLine ?? ''} ${line}`;
			continue;
		}
		if (underKind === 'waiting' && line !== '') {
			underKind = undefined;
			const titleText = titleTextOf(rawLine);
			// A line going on from it (`CHAIR'S CONCLUSIONS` / `OF THE 12TH MINISTERIAL MEETING`) makes it the title's head.
			const head = kindLine !== undefined && goesOnFromAbove(kindLine, titleText) ? [kindLine] : [];
			if (titleText === line && !dated && !isFrontMatterEnd(line) && !/[.;:]$/u.test(line) && !isKindHeading(line)) {
				underKind = 'reading';
				runStart = head.length > 0 ? kindAt : i;
				run = [...head, titleText.replace(RESOLUTION_NUMBER, '')];
				continue;
			}
		}
		// `Report of the Secretary-General`, `Note by the Secretariat` under a title pass over the block under them;
		// with no title above them yet, the title is under them (read below).
		const kindAboveTitle = isKindHeading(line) && !titleAbove();
		if (AGENDA_ITEM.test(line) || (isDocumentKindLine(line) && !kindAboveTitle)) {
			if (close()) break;
			skipping = AGENDA_ITEM.test(line) ? 'item' : 'kind';
			// A letter under no agenda item is cited by its own title, date and all: its lines are read as the title.
			if (isDatedKind(line) && itemTitle.length === 0) {
				skipping = 'letter';
				runStart = i;
				run.push(titleTextOf(rawLine));
			}
			continue;
		}
		// Not under a letter's or a report's kind, whose blocks are read above; it ends an agenda item's title.
		if ((skipping === undefined || skipping === 'item') && isKindHeading(line)) {
			if (close()) break;
			skipping = undefined;
			kindLine = line;
			kindAt = i;
			underKind = 'waiting';
			continue;
		}
		if (skipping === 'letter') {
			// Its title ends at a blank line, or where the letter's text begins without one.
			if (line !== '' && !isFrontMatterEnd(line) && !opensLetterText(line) && !/[.;:]$/u.test(line)) {
				run.push(titleTextOf(rawLine));
				continue;
			}
			skipping = undefined;
			if (close()) break;
		}
		// A letter's text (`I have the honour…`) is passed over to its end, and its signature (`(Signed) Kofi A. Annan`
		// and the signer's lines): its title, if it has one, is above them, and an annex's may follow them.
		const signature = signatureLinesAt(lines, i);
		if (opensLetterText(line) || signature > 0) {
			if (close()) break;
			if (signature > 0) skipTo = i + signature - 1;
			else skipping = 'prose';
			continue;
		}
		// A resolution's number and title (`97/12. Human rights defenders…`) under `Resolution adopted by…` are its
		// title, even where no blank line sets them apart (`pdftotext` without -layout).
		const numberedTitle = skipping === 'kind' && RESOLUTION_NUMBER.test(line);
		// An agenda item's title may stand a blank line under it (a saved page sets each line as a block of its own).
		const itemAhead = skipping === 'item' && line === '' && itemTitle.length === 0;
		if ((skipping !== undefined && line !== '' && !numberedTitle) || itemAhead) {
			if (skipping === 'item' && line !== '') itemTitle.push(titleTextOf(rawLine));
			continue;
		}
		skipping = undefined;
		if (BRACKETED.test(line) || VERSION_NOTE.test(line)) continue;
		// The note saying who adopted it and when (see `adoptionNoteAt`) is passed over; under a line naming only the
		// document's kind (`COMMUNIQUÉ`), the two are its title.
		const note = adoptionNoteAt(lines, i);
		if (note !== undefined) {
			const kindAt = lines.slice(0, i).findLastIndex((l) => l !== '');
			const titled = kindAt > blockEnd ? kindWithNote(lines[kindAt] ?? '', note.text) : undefined;
			if (titled !== undefined && run.length === 0) {
				runStart = kindAt;
				run.push(titled);
				if (close()) break;
			}
			skipTo = note.end;
			continue;
		}
		if (NUMBERED_RESOLUTION.test(line) && run.length === 0) {
			runStart = i;
			run.push(line);
			if (close()) break;
			continue;
		}
		const titleText = titleTextOf(rawLine).replace(RESOLUTION_NUMBER, '');
		// A dateline alone on its line ("NEW YORK, 5 May 2010 (UN Headquarters) --"), before any title: a page that
		// sets its title after the dateline.
		if (titleText !== '' && isFrontMatterEnd(line)) {
			if (run.length === 0 && / --$/u.test(line)) continue;
			close();
			break;
		}
		if (line === '') {
			// A blank line ends the title, unless the next line goes on with it (double-spaced PDF text).
			const next = lines.slice(i + 1).find((l) => l !== '');
			if (run.length > 0 && !(next !== undefined && /^\p{Ll}/u.test(next)) && close()) break;
			continue;
		}
		// Titles do not end like sentences, and the masthead is not part of them.
		const isTitleLine =
			titleText === withoutTitleMark(line).replace(RESOLUTION_NUMBER, '') &&
			!DATE.test(line) &&
			// A dateline without its year (`Paris, le 24 octobre`) says where and when, not what; a copied page's share
			// buttons under its title (`Share`, `Facebook`, `Copy link`) are no part of it.
			!dated &&
			!isShareWidgetBeside(line, lines[i - 1], lines[i + 1]) &&
			!/[.;:]$/u.test(titleText) &&
			(titleText.split(' ').length >= (run.length > 0 || namesDocument(titleText) ? 1 : 4) ||
				goesOnFromAbove(titleText, lines[i + 1]));
		if (isTitleLine) {
			// The body's name on the line above the title, with no space between them: two runs, not one title.
			if (nameAboveTitle(run, titleText) && close()) break;
			if (run.length === 0) [runStart, run] = [i, wordsSetApartAbove(raw, lines, i, titleText)];
			run.push(titleText);
		} else if (run.length > 0 && endsSentence(line)) {
			// The lines above began a sentence (a letter's first words), not a title.
			run = [];
		} else if (close()) break;
	}
	if (underKind === 'reading') kindTitle = candidateOf(run, runStart);
	close();
	// The title under a line saying what kind of document it is: what the document is cited by, whatever its type.
	if (kindTitle !== undefined) chosen = candidates.find((c) => c.line === kindTitle.line) ?? chosen;
	const displayed = mostDisplayed(candidates, display);
	chosen ??= displayed;
	// The agenda item's title names what the document is about better than the body that issued it.
	const title =
		chosen ?? first ?? candidates.find((c) => !setAside(c)) ?? (itemTitle.length > 0 ? undefined : candidates[0]);
	if (title === undefined) return untitled(itemTitle, kindLine);
	// A decision a report's addendum sets out under the title read (a part line) is cited by its subject.
	const decision = title === displayed ? undefined : decisionBelow(lines, title.line, title.parts.length);
	if (decision !== undefined) return { title: decision };
	// Other lines that could be the title, up to the first one after the symbol's block (where the reading stops
	// without display type); none when the PDF's type says which is the title.
	const others = candidates.filter((c) => c !== title && !setAside(c) && c.line <= (first?.line ?? Infinity));
	const titleDoubt = titleDoubtOf(title, title === displayed ? [] : others.slice(0, 2).map((c) => `"${c.text}"`));
	// A title read from a line that leads into the text (`…on the situation in the Lake Chad Basin:`) ends with it.
	return { title: title.text.replace(/\s*:$/u, ''), ...(titleDoubt === undefined ? {} : { titleDoubt }) };
}
