import type { Cursor } from './layout-mode.ts';
import type { SourceProblem } from './parsed-source.ts';
import type { AnnexPlace } from './types.ts';
import { namesPart, sectionPartName } from './section-parts.ts';
import { annexName } from './paragraph-mark.ts';

/**
 * The kinds of text a report or an outcome carries under a heading of their own, numbered from 1: `Agreed
 * conclusions on …`, `Ministerial declaration`, `Resolution 63/1`, `Recommendations of the Commission`.
 */
export const TEXT_KINDS = String.raw`(?:Draft\s+)?(?:Agreed\s+conclusions|(?:Ministerial\s+|Political\s+|Joint\s+)?declaration|Resolution|Decision|Conclusions|Recommendations|Outcome\s+document|(?:Programme|Plan)\s+of\s+action|Chair['’]s\s+summary)`;
const TEXT_OF_ITS_OWN = new RegExp(String.raw`^(${TEXT_KINDS})\b`, 'iu');

/** Whether a heading names a kind of text a report carries (`Agreed conclusions on …`): the top of its own headings. */
export const namesTextOfItsOwn = (line: string) => TEXT_OF_ITS_OWN.test(line.trim());

/** A jump in numbering larger than this at a block start is not read as a missing paragraph but as text. */
const MAX_GAP = 50;

/**
 * The paragraph numbers of a numbered text as the parser meets them: which printed number starts the next paragraph,
 * a gap (said, and kept), a number that goes back (kept as text, and said: a paragraph may be hidden in the one
 * before), and an annex whose numbers start again at 1 after its `Annex` line: its paragraphs are held under the
 * body's next numbers (so that ids stay unique), each remembering the annex and the number printed on it. Sections
 * that each number their paragraphs from 1 (a chair's summary's `I.`, `II.`; a decision's `Item 4.2`) are held the
 * same way, each paragraph remembering its section (`section II ¶3`: see `#restartsUnderHeading`).
 */
export class Numbering {
	/** The annex the text is in (`Annex II`): it also names the annex's own headings (`Annex II — I. Introduction`). */
	annex: string | undefined;
	/** The printed number the next paragraph should have; undefined before the first. */
	#expected: number | undefined;
	/** How much further on an annex's paragraphs are held than their printed numbers (0 outside a restarted annex). */
	#shift = 0;
	/** An `Annex` line was read and no paragraph has started since: its numbers may start again. */
	#inNewAnnex = false;
	/** The `Annex` line came before any numbered paragraph (a letter's annex): all that follows is the annex's. */
	#annexFirst = false;
	/**
	 * What a heading just read names, when it heads a text of its own (`Agreed conclusions on …` → `Agreed
	 * conclusions`) and no paragraph has started since: its numbers may start again at 1, as an annex's do.
	 */
	#part: string | undefined;
	/** The headings read since the last paragraph started (each heading's first line). */
	#headings: string[] = [];
	/** The section the last heading opened, with the headings above it (`I. Oceans — A. Fisheries`): see section-parts.ts. */
	sectionPath: string | null = null;
	/**
	 * Where the numbers may start again at 1 under each heading (a chair's summary's sections, the items of a
	 * Committee of Ministers' decisions): the paragraph held as `held` was a `1.` right under headings, and none since
	 * broke that pattern. `name` is the part its headings name (`Section I`, `Item 4.1`).
	 */
	#sectionStart: { held: number; name: string; part: boolean; path: string } | undefined;
	/** The part a section that numbers its own paragraphs is (`Section II`); undefined outside one. */
	#section: string | undefined;
	/**
	 * The paragraphs of the first section numbered from 1, held before the second one showed that each section numbers
	 * its own: they are cited by their section too (parse-source.ts marks them once the text is read).
	 */
	readonly firstSections: { name: string; from: number; to: number }[] = [];

	/**
	 * @param first - the printed number a paragraph must have to be the first
	 * @param problems - where gaps and numbers that go back are said
	 */
	constructor(
		private readonly first: number,
		private readonly problems: SourceProblem[],
	) {}

	/**
	 * The first section of a text whose sections each number their own is cited by its section too (`section I ¶2`).
	 * In an annex, its first section's paragraphs (`annex ¶1`) become that section's (`Annex, Section I ¶1`).
	 */
	nameFirstSections(paragraphs: readonly { number: number; inAnnex?: AnnexPlace | undefined }[]): void {
		for (const { name, from, to } of this.firstSections) {
			for (const p of paragraphs) {
				if (p.number < from || p.number > to || (p.inAnnex && !name.startsWith(`${p.inAnnex.annex}, `))) continue;
				p.inAnnex = { annex: name, number: p.inAnnex?.number ?? p.number - from + 1 };
			}
		}
	}

	/** A problem of the numbering found elsewhere (sub-paragraphs: see sub-paragraphs.ts), said with the others. */
	say(line: number, message: string): void {
		this.problems.push({ line, message });
	}

	/** An `Annex` line (a heading) was read. */
	enterAnnex(line: string): void {
		this.#part = undefined;
		this.#inNewAnnex = true;
		this.#annexFirst ||= this.#expected === undefined;
		this.annex = line;
		this.#headings = [];
		this.#sectionStart = undefined;
		this.#section = undefined;
	}

	/**
	 * Another heading was read. A report carries the texts it adopted under their own headings, numbered from 1
	 * again (its `1. At its 2nd meeting, … the Commission adopted the agreed conclusions…`, then `Agreed conclusions
	 * on …` and their `1.`, `2.`…): when such a heading names the kind of text it heads and a `1.` follows it, that
	 * text is a part of its own, held and cited as an annex is (`agreed conclusions, ¶1`).
	 */
	enterHeading(line: string): void {
		this.#part = TEXT_OF_ITS_OWN.exec(line.trim())?.[1]?.replace(/\s+/gu, ' ');
		this.#headings.push(line.trim());
	}

	/**
	 * Whether a line opening with printed number `own.number` starts the next paragraph, and under which number it is
	 * held (with the rest of its text: a shifted paragraph is cited by its printed number, no words of its text).
	 * `open` is the mark of the paragraph that takes the line in when it starts none (`annex ¶3`), or undefined when
	 * none is open.
	 */
	start(
		own: { number: number; rest: string },
		cursor: Cursor,
		open?: string,
	): { number: number; rest: string } | undefined {
		const expected = this.#expected;
		// The text is without its printed number, as the body's is: in an annex (`annex ¶1`) and in a section that
		// numbers its own (`section II ¶2`), the number is the paragraph's mark.
		const mark = { number: own.number + this.#shift, rest: own.rest };
		if (expected === undefined) return own.number === this.first ? mark : undefined;
		if (own.number === expected) return mark;
		if (this.#part !== undefined && own.number === 1 && own.number < expected) {
			this.annex = this.#part;
			this.#inNewAnnex = true;
		} else if (
			!this.#inNewAnnex &&
			own.number === 1 &&
			own.number < expected &&
			this.#restartsUnderHeading(cursor.line)
		) {
			// Its number is the section's, shown by its mark (`section II ¶1`): the text is without it, as the body's.
			return { number: own.number + this.#shift, rest: own.rest };
		}
		if (this.#inNewAnnex && own.number < expected) {
			this.#shift = expected + this.#shift - own.number;
			return { number: own.number + this.#shift, rest: own.rest };
		}
		const looksLikeOne = cursor.blockStart || own.number <= expected + 3;
		if (own.number > expected && own.number <= expected + MAX_GAP && looksLikeOne) {
			const missing = own.number - expected === 1 ? `${expected}` : `${expected}–${own.number - 1}`;
			// An extract (its first paragraph past ¶1) prints the paragraphs it quotes: its numbers may jump.
			if (this.first > 1 && this.#shift === 0) {
				const not = `¶${missing} ${own.number - expected === 1 ? 'is' : 'are'} not in this extract`;
				this.problems.push({
					line: cursor.line,
					message: `the numbers jump from ¶${expected - 1} to ¶${own.number} (${not})`,
					jump: true,
				});
				return mark;
			}
			this.problems.push({
				line: cursor.line,
				message: `¶${own.number} follows ¶${expected - 1}: ¶${missing} missing`,
			});
			return mark;
		}
		// A number that goes back at a line start after a finished sentence (a restart without an `Annex` line above
		// it, a repeat) is kept as text, and said: a paragraph may be hidden in the one before.
		if (own.number < expected && (cursor.blockStart || /^\p{Lu}/u.test(own.rest))) {
			this.problems.push({
				line: cursor.line,
				// What happens to the line, as it happens: in the open paragraph, or (none open) out of the quotes.
				message: `"${own.number}." after ¶${expected - 1} repeats or goes back; ${open === undefined ? 'no paragraph is open above it, so it is kept out of the quotes' : `kept as text of ${open}`}`,
			});
		}
		return undefined;
	}

	/**
	 * A paragraph started under `held` (what `start` returned): the next printed number is expected. For one held
	 * under a shifted number, or in an annex that came before any numbered paragraph (its numbers are its own even
	 * though nothing shifts them), the annex and the number printed on it, to cite it as the document does.
	 */
	started(held: number): AnnexPlace | undefined {
		const printed = held - this.#shift;
		// A `1.` under headings may open a section that numbers its own; a sub-heading that numbering goes on under
		// (`A. Fisheries` over `3.`) leaves the section as it was, but a heading of its own whose numbers go on (`II.`
		// over `4.`) shows that the sections do not number their own.
		const path = this.sectionPath ?? this.#headings.join(' — ');
		if (this.#headings.length > 0 && printed === 1) {
			const name = sectionPartName(path, this.annex);
			this.#sectionStart = { held, name, part: this.#section !== undefined, path };
		} else if (this.#headings.length > 0 && !path.startsWith(`${this.#sectionStart?.path ?? ''} — `)) {
			this.#sectionStart = undefined;
		}
		this.#headings = [];
		this.#expected = printed + 1;
		this.#inNewAnnex = false;
		this.#part = undefined;
		if (this.#section !== undefined) return { annex: this.#section, number: printed };
		return (this.#shift !== 0 || this.#annexFirst) && this.annex !== undefined
			? { annex: this.annex, number: printed }
			: undefined;
	}

	/**
	 * Whether a `1.` that goes back starts a section that numbers its own paragraphs: it stands right under a heading,
	 * and so did the `1.` that opened the section before it (a chair's summary's `II. Marine pollution` after `I.
	 * Opening session`, each numbered from 1). Then the paragraph is held under the next number, cited by its section
	 * (`section II ¶1`), and so are the first section's (recorded in `firstSections`). Under a heading after
	 * paragraphs that no heading numbered from 1 (`1.`–`3.` under none, then `Additional standards` and its `1.`), it
	 * is read so too, so that nothing is lost, but said: the number may be a mistake. Where no heading stands, a `1.`
	 * that goes back is no restart (see `start`).
	 */
	#restartsUnderHeading(line: number): boolean {
		const before = this.#sectionStart;
		if (this.#headings.length === 0 || this.#expected === undefined) return false;
		const last = this.#expected - 1 + this.#shift;
		this.#section = sectionPartName(this.sectionPath ?? this.#headings.join(' — '), this.annex);
		if (before === undefined && !namesPart(this.#headings.at(-1) ?? '')) {
			this.problems.push({
				line,
				message: `"1." after ¶${this.#expected - 1} starts again under the heading "${this.#headings.at(-1) ?? ''}", though the paragraphs above it were not numbered from 1 under a heading of their own; read as that part's own numbering (${annexName(this.#section)} ¶1…)`,
				advice: `if every section numbers its own paragraphs from 1, each section's heading (the first one's too) belongs on a line of its own right above its "1."; if "1." is a mistake, correct it`,
			});
		} else if (before !== undefined && !before.part)
			this.firstSections.push({ name: before.name, from: before.held, to: last });
		this.#shift = last;
		return true;
	}
}

/**
 * A text circulated in a cover note's annex that has an annex of its own, as the Council of the European Union
 * circulates its conclusions (`ANNEX` under the note, then the conclusions' own `Annex` of priority actions): both
 * were cited `annex ¶1`, and the second was beyond any citation's reach. When every paragraph before the second
 * annex of that name is the first's, numbered as printed, the first annex is the document's text: its paragraphs are
 * cited by their numbers alone, as the conclusions print them, and the second stays the annex. Changes the drafts.
 */
export function unwrapCoverAnnex(paragraphs: { number: number; inAnnex?: AnnexPlace | undefined }[]): void {
	const first = paragraphs[0]?.inAnnex;
	if (first === undefined) return;
	const name = annexName(first.annex);
	// Where an annex of the same name starts again at 1: the text's own annex.
	const again = paragraphs.findIndex(
		(p, i) => i > 0 && p.inAnnex !== undefined && annexName(p.inAnnex.annex) === name && p.inAnnex.number === 1,
	);
	if (again < 0) return;
	const cover = paragraphs.slice(0, again);
	if (!cover.every((p) => p.inAnnex?.annex === first.annex && p.inAnnex.number === p.number)) return;
	for (const p of cover) delete p.inAnnex;
}
