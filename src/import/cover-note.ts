/**
 * The cover note the Council of the European Union (and other secretariats) set above the text they circulate:
 * `From:`, `On:`, `To:`, `No. prev. doc.:`, then `Subject:` and what the document is (in French `de :`, `à :`,
 * `Objet :`). The sender (`General Secretariat of the Council`, `la Présidence`) and the addressees (`Delegations`)
 * are never its title; the subject is.
 */

/** A field of a cover note, its name and its value on the same line (columns collapsed to one space). */
const FIELD = /^(From|To|On|Date|No\.\s*prev\.\s*docs?\.|No\.\s*Cion\s*docs?\.|Subject|Objet|de|à)\s*:\s*(.*)$/iu;

/** Whether a line is a field of a cover note (`From: General Secretariat of the Council`). */
export function isCoverNoteField(line: string): boolean {
	return FIELD.test(line.replace(/\s+/gu, ' ').trim());
}

/** How a cover note's text opens under its fields: `Delegations will find…`, `Les délégations trouveront…`. */
const NOTE_TEXT = /^(?:Delegations\s+will\s+find|(?:Les\s+)?d[ée]l[ée]gations\s+trouveront|With\s+a\s+view\s+to)\b/iu;

/** A cover note's line under its subject, set apart by a dash, on how it was adopted or approved. */
const ADOPTED_LINE = /^[-\u2013\u2014]\s*(?:as\s+)?(?:adopted|approved|endorsed|agreed)\b/iu;

/**
 * The subject of a cover note, with the lines it wraps onto (up to a blank line, another field, a line that ends a
 * sentence, or the note's own text: see `NOTE_TEXT`), when the text's first lines hold a cover note: a `Subject:`
 * line and at least one other field.
 */
export function coverNoteSubject(lines: readonly string[]): string | undefined {
	const fields = lines.map((line) => FIELD.exec(line.replace(/\s+/gu, ' ').trim()));
	const at = fields.findIndex((field) => /^(?:Subject|Objet)$/iu.test(field?.[1] ?? ''));
	if (at < 0 || fields.filter((field) => field !== null).length < 2) return undefined;
	const parts = [fields[at]?.[2] ?? ''];
	// `pdftotext` without -layout sets a field's name and its value on lines of their own, a blank line between.
	let next = at + 1;
	if (parts[0] === '') while (next < lines.length && (lines[next] ?? '').trim() === '') next += 1;
	for (const line of lines.slice(next)) {
		const text = line.replace(/\s+/gu, ' ').trim();
		if (text === '' || FIELD.test(text) || /[.;:]$/u.test(parts.join(' '))) break;
		// Without blank lines (`pdftotext` without -layout) the note's text follows at once: its sentence to the
		// delegations opens in capitals where the subject's wrapped line goes on from the line above.
		if (parts.some((part) => part !== '') && NOTE_TEXT.test(text)) break;
		// A line set apart by a dash that says how it was adopted (`- Adopted by the Council of Ministers at its 31st
		// ordinary session`) is said of the subject, not of its words; one that names it (`– Conclusions`) is its own.
		if (parts.some((part) => part !== '') && ADOPTED_LINE.test(text)) break;
		parts.push(text);
	}
	const subject = parts.join(' ').trim();
	return subject === '' ? undefined : subject;
}
