/**
 * Masthead lines that name who issues a document and at which meeting, in the UN's French and Spanish texts and in
 * other organisations' documents: never its title, which names the document itself (its kind and subject).
 */

/**
 * The UN and its organs as the French and Spanish mastheads name them (`Nations Unies`, `Conseil économique et
 * social`, `Consejo Económico y Social`), beside the English ones.
 */
export const ORGANS_IN_OTHER_LANGUAGES = [
	'Nations Unies',
	'Naciones Unidas',
	'Assemblée générale',
	'Asamblea General',
	'Conseil de sécurité',
	'Consejo de Seguridad',
	'Conseil économique et social',
	'Consejo Económico y Social',
	'Conseil de tutelle',
	'Consejo de Administración Fiduciaria',
	"Conseil des droits de l[’']homme",
	'Consejo de Derechos Humanos',
	'Secrétariat',
	'Secretaría',
].join('|');

/**
 * An agenda item line, in English, French and Spanish (`Agenda item 71 (a)`, `Point 3 a) de l’ordre du jour`,
 * `Tema 3 a) del programa provisional`), with or without its footnote mark: the lines under it are the item's title.
 */
export const AGENDA_ITEM =
	/^(?:(?:(?:Provisional\s+)?agenda\s+items?|Items?)\s+\d+.*|Points?\s+\d+.*\bde\s+l['’]ordre\s+du\s+jour\b.*|Temas?\s+\d+.*\bdel\s+programa\b.*)$/iu;

/** An ordinal in words or figures: `Sixtieth`, `FIFTY-FOURTH`, `Thirty-First`, `75º`, `15th`. */
const ORDINAL = String.raw`(?:[\p{L}-]+|\d{1,3}\s*(?:st|nd|rd|th|º|°|e|ème|a|o)?)`;

/**
 * The session or meeting a document belongs to, as mastheads set it on a line of its own: `Sixtieth session`,
 * `FIFTY-FOURTH REGULAR SESSION`, `Soixante-quinzième session`, `75º período de sesiones`, `Vigésimo período
 * extraordinario de sesiones`, `Day 2 of the Thirty-First Meeting`, `Second day of the Thirty-First Meeting`, `2nd day of…`; the
 * OSCE's journal line (`MC(31) Journal No. 2, Agenda item 7`, `PC.JOUR/1450`). A meeting's name alone (`Fifth
 * Ministerial Meeting`) is not among them: it may be a title's last line.
 */
export const MEETING_LINES = [
	new RegExp(
		String.raw`^${ORDINAL}(?:\s+(?:${ORDINAL}))?\s+(?:(?:regular|special|extraordinary|ordinary|resumed)\s+)?(?:session|year)(?:\s+(?:extraordinaire|ordinaire))?$`,
		'iu',
	),
	new RegExp(
		String.raw`^${ORDINAL}(?:\s+\p{L}+)?\s+período\s+(?:(?:extraordinario|ordinario)\s+)?de\s+sesiones$`,
		'iu',
	),
	/^(?:Day\s+\d{1,2}|(?:First|Second|Third|Fourth|Fifth|\d{1,2}(?:st|nd|rd|th))\s+day)\s+of\s+the\s+(?:[\p{L}-]+\s+){0,2}(?:Meeting|Session)$/iu,
	/\bJournal\s+No\.\s*\d+\b/iu,
	/^[A-Z]{2,4}\.JOUR\/\d+$/u,
	// A session named by its year: `2025 session`, `Session de 2025`, `Período de sesiones de 2025`.
	/^(?:\d{4}\s+session|(?:Session|Período\s+de\s+sesiones)\s+de\s+\d{4})$/iu,
];

/**
 * The host and year a ministerial council's masthead sets under its name (`Ministerial Council` / `Malta 2024`): a
 * masthead line there only, since elsewhere it may end a title (`… the Pact for the Future` / `Vision 2030`).
 */
export const HOST_AND_YEAR = /^\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+(?:19|20)\d{2}$/u;

/**
 * What a masthead's meeting, agenda or distribution line holds, anywhere in a run of lines read as a title (`Day 2 of
 * the Meeting MC(31) Journal No. 2, Agenda item 7`): such a run is the masthead, not the title.
 */
export const MASTHEAD_MARK =
	/\bJournal\s+No\.|\bAgenda\s+item\s+\d|\bPoints?\s+\d+.*\bde\s+l['’]ordre\s+du\s+jour|\bTemas?\s+\d+.*\bdel\s+programa|\bDistr\.\s*:?\s*\p{L}/iu;
