/**
 * The cover page of a document of the Council of the European Union: under the masthead and date, the document's
 * number and file codes (`COAFR 45`, `CFSP/PESC 612`), the kind of note (`OUTCOME OF PROCEEDINGS`, `COVER NOTE`,
 * `NOTE`), its fields (`From:`, `To:`, `No. prev. doc.:`, `Subject:` and their values) and the line that sends the
 * text on (`Delegations will find in the annex the Council conclusions…`). It says what the document is and where it
 * goes, never what was concluded: the conclusions follow, often in the annex. Its lines are furniture, so that the
 * transmittal line is no conclusion and the subject no section heading.
 */

/** The kind of note a Council document is, on a line of its own. */
const KIND =
	/^(?:OUTCOME OF (?:THE COUNCIL MEETING|PROCEEDINGS)|RESULT OF PROCEEDINGS|COVER NOTE|(?:"?I(?:\/A)?"? ITEM )?NOTE|INFORMATION NOTE|REPORT)$/u;
/** A field of the note, with its value on the same line (`-layout`) or in the next block (`pdftotext`). */
const FIELD =
	/^(?:From|To|Subject|No\. prev\. doc\.|No\. Cion doc\.|Prev\. doc\.|Date of receipt|Interinstitutional File|Ref\.)\s*:/u;
const SUBJECT = /^Subject\s*:\s*(.*)$/u;
/** The language of the original under the date: where the head's file codes begin. */
const ORIGINAL = /\(OR\.\s*[a-z]{2}(?:\s*,\s*[a-z]{2})*\)$/u;
/** The line that sends the text on to the delegations. */
const TRANSMITTAL = /^Delegations will find\b/u;
/** The cover is on the first page: without form feeds, within this many lines. */
const FIRST_PAGE_LINES = 80;

/**
 * The lines (0-based) of a Council cover page that are its furniture: from the line after `(OR. en)` (or the kind
 * line) to the end of the subject's value, and the transmittal block after it. Empty unless the first page has both
 * a kind line and a `Subject:` field.
 *
 * @param pageOf - the page each line is on
 */
export function councilCoverLines(rawLines: readonly string[], pageOf: readonly number[]): Set<number> {
	const found = new Set<number>();
	const lines = rawLines.map((line) => line.trim());
	const firstPage = lines.findIndex((_, i) => (pageOf[i] ?? 0) > 0 || i >= FIRST_PAGE_LINES);
	const end = firstPage === -1 ? lines.length : firstPage;
	const kind = lines.findIndex((line, i) => i < end && KIND.test(line.replace(/\s+/gu, ' ')));
	const subject = lines.findIndex((line, i) => i > kind && i < end && SUBJECT.test(line));
	if (kind === -1 || subject === -1) return found;
	const original = lines.findIndex((line, i) => i < kind && ORIGINAL.test(line));
	// The subject's value: the rest of its line and the lines wrapped under it, or the next block when it stands alone.
	let last = subject;
	const blockAfter = (from: number) => {
		let i = from;
		while (i < end && lines[i] === '') i += 1;
		while (i < end && lines[i] !== '' && !FIELD.test(lines[i] ?? '')) i += 1;
		return i - 1;
	};
	if ((SUBJECT.exec(lines[subject] ?? '')?.[1] ?? '') === '') last = blockAfter(subject + 1);
	else while (last + 1 < end && lines[last + 1] !== '' && !FIELD.test(lines[last + 1] ?? '')) last += 1;
	let next = last + 1;
	while (next < end && lines[next] === '') next += 1;
	if (TRANSMITTAL.test(lines[next] ?? '')) last = blockAfter(next);
	for (let i = original === -1 ? kind : original + 1; i <= last; i += 1) found.add(i);
	return found;
}
