/**
 * A line that says what kind of document it is, set right above its title (`Secretary-General’s bulletin`,
 * `Draft agreed conclusions submitted by the Chair of the Commission`, `Chair’s summary`): never part of the title
 * when a title follows it. Whole lines only, so that a title that starts with these words (`Agreed conclusions on
 * women’s access to…`) stays a title.
 */
const KIND_HEADING = new RegExp(
	String.raw`^(?:Secretary-General['’]s\s+bulletin|Administrative\s+instruction|Information\s+circular` +
		String.raw`|(?:(?:Draft\s+)?agreed\s+conclusions|Draft\s+(?:resolutions?|decisions?))(?:\s+(?:submitted|proposed)\s+by\s+.+)?` +
		String.raw`|(?:Chair|Chairman|Chairperson|President|Presidency|Co-Chairs?)(?:['’]s?)?\s+(?:summary|conclusions)` +
		String.raw`|(?:Summary|Conclusions)\s+(?:of|by)\s+the\s+(?:Chair(?:man|person)?|Co-Chairs|President|Presidency)` +
		String.raw`|Note\s+by\s+the\s+Secretariat|Report\s+of\s+the\s+Secretary-General` +
		// The same in French and Spanish: `Projet de conclusions concertées présenté par la Présidente…`,
		// `Proyecto de conclusiones convenidas presentado por la Presidencia…`, `Rapport du Secrétaire général`.
		String.raw`|(?:Projet\s+de\s+)?conclusions\s+concertées(?:\s+(?:présentée?s?|soumise?s?|proposée?s?)\s+par\s+.+)?` +
		String.raw`|(?:Proyecto\s+de\s+)?conclusiones\s+convenidas(?:\s+(?:presentad[oa]s?|propuest[oa]s?)\s+por\s+.+)?` +
		String.raw`|Projets?\s+de\s+(?:résolutions?|décisions?)|Proyectos?\s+de\s+(?:resoluci[oó]n|decisi[oó]n)(?:es)?` +
		String.raw`|Résumé\s+d[eu]\s+(?:la\s+)?(?:Présidente?|Présidence|coprésidents?)|Resumen\s+de(?:\s+la|l)\s+(?:Presidencia|President[ae])` +
		String.raw`|Note\s+du\s+Secrétariat|Nota\s+de\s+la\s+Secretaría|Rapport\s+du\s+Secrétaire\s+général|Informe\s+del\s+Secretario\s+General` +
		String.raw`|(?:Circulaire|Bulletin)\s+du\s+Secrétaire\s+général|Boletín\s+del\s+Secretario\s+General)\s*\**$`,
	'iu',
);

/** Whether a line only says what kind of document follows (see `KIND_HEADING`). */
export function isKindHeading(line: string): boolean {
	return KIND_HEADING.test(line.replace(/\s+/gu, ' ').trim());
}

/**
 * What kind of document it is, where a title would stand: a letter or note "dated…", "Report of the Secretary-General",
 * "Resolution adopted by…". Not any "Report of the…": "Report of the Security Council mission to…" is a title.
 */
const DOCUMENT_KIND =
	/^(?:(?:Identical\s+)?letters?\s+dated|Notes?(?:\s+verbales?)?\s+dated|(?:Report|Note)\s+(?:of|by)\s+the\s+Secretary-General$|Note\s+by\s+the\s+Secretariat$|Resolution\s+adopted\s+by|Lettres?\s+(?:identiques\s+)?datées?\s+du|Notes?\s+verbales?\s+datées?\s+du|Rapport\s+du\s+Secrétaire\s+général$|Note\s+du\s+Secrétariat$|Résolution\s+adoptée\s+par|Cartas?\s+(?:idénticas\s+)?de\s+fecha|Notas?\s+verbales?\s+de\s+fecha|Informe\s+del\s+Secretario\s+General$|Nota\s+de\s+la\s+Secretaría$|Resolución\s+aprobada\s+por)/iu;
/**
 * A letter's or note's own title (`Letter dated 5 March 2010 from the Secretary-General addressed to the President
 * of the Security Council`): the title it is cited by, when no agenda item gives another.
 */
const DATED_KIND =
	/^(?:(?:(?:Identical\s+)?letters?|Notes?(?:\s+verbales?)?)\s+dated\b|(?:Lettres?(?:\s+identiques)?|Notes?\s+verbales?)\s+datées?\s+du\b|(?:Cartas?(?:\s+idénticas)?|Notas?\s+verbales?)\s+de\s+fecha\b)/iu;

/** Whether a line says what kind of document it is where a title would stand (see `DOCUMENT_KIND`): not the title. */
export function isDocumentKindLine(line: string): boolean {
	return DOCUMENT_KIND.test(line);
}

/** Whether a line is a letter's or note's own title, "… dated …" (see `DATED_KIND`). */
export function isDatedKind(line: string): boolean {
	return DATED_KIND.test(line);
}

/**
 * The words that name a document's kind, in the languages whose dates are read. With a name, place or year beside
 * them (`CHOGM 2024 Communiqué`, `Declaração de São Tomé`), a line names the document: its title, over a meeting's or
 * a body's name above it.
 */
const KIND_WORD =
	/(?<!\p{L})(?:communiqu[ée]|declarations?|d[ée]claration|declaraci[óo]n|declara[çc][ãa]o|comunicado|statement|conclusions|conclusiones|conclus[õo]es|summary|decisions?|d[ée]cision|decisi[óo]n|decis[ãa]o)(?!\p{L})/iu;
/**
 * Words that say who issued a document or which it is, not its name: `Conclusions de la Présidence`, `Chair's
 * Summary`, `Final Communiqué` name only its kind.
 */
const NO_NAME =
	/^(?:of|the|and|joint|final|chair|chairs|chairman|chairperson|co-chairs?|president|presidency|de|la|le|les|du|des|do|da|dos|das|del|el|los|conjointe?|conjunt[ao]|présidence|président|presidencia|presidente|presidência)$/iu;
/** Whether a line names the document by its kind and a name, place or year (see `KIND_WORD`). */
export function namesDocument(text: string): boolean {
	if (!KIND_WORD.test(text)) return false;
	const words = text
		.replace(KIND_WORD, ' ')
		.replace(/['’]s\b/gu, '')
		.split(/[\s,:;–—-]+/u);
	return words.some((word) => /[\p{L}\d]/u.test(word) && !NO_NAME.test(word));
}

/**
 * Whether a heading names only the document's kind, not which document it is: `Chair's Summary`, `Final Communiqué`,
 * `Joint Statement` (see `isKindHeading` and `namesDocument`).
 */
export function namesKindOnly(text: string): boolean {
	const line = text.replace(/\s+/gu, ' ').trim();
	return isKindHeading(line) || (KIND_WORD.test(line) && !namesDocument(line));
}

/**
 * A line that names only a document's kind and number (`DECISION No. 3/24`, `Resolution 2811 (2026)`, `Décision
 * n° 12`): the head of a title whose subject follows under it (`ON STRENGTHENING CO-OPERATION…`), not the whole title.
 */
const KIND_AND_NUMBER =
	/^(?:decision|resolution|declaration|d[ée]cision|r[ée]solution|d[ée]claration|decisi[óo]n|resoluci[óo]n|declaraci[óo]n)\s+(?:No\.?|n[°º]|Nr\.?)?\s*[\d/().A-Z-]+$/iu;

/** Whether a line names only a document's kind and number (see `KIND_AND_NUMBER`). */
export function isKindAndNumber(text: string): boolean {
	return KIND_AND_NUMBER.test(text.trim());
}

/**
 * Why a title read from the text may not be the whole of it, by its shape alone: it begins in lower case (the second
 * line of something above it), or names only the document's kind and number, without the subject.
 */
export function titleShapeDoubt(title: string): string | undefined {
	if (/^\p{Ll}/u.test(title)) return 'it begins in lower case, as the second line of something above it does';
	if (isKindAndNumber(title)) return "it names only the document's kind and number, not what it is about";
	return undefined;
}
