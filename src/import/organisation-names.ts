import { namesDocument } from './document-kind.ts';

/**
 * The names of the organisations and bodies that issue documents, as other organisations' and the UN's French and
 * Spanish mastheads set them above a title: who speaks, never what the document is.
 */

/** The words an organisation's name is made of: capitalised words, numbers, and the small words between them. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|\d+|the|and|of|on|for|in|to|with)`;
/** What an organisation is, as its name says. */
const KIND = 'Organi[sz]ation|League|Association|Union|Community|Commonwealth|Alliance|Authority|Cooperation Council';
/** The acronym a name may carry after it: `Intergovernmental Authority on Development (IGAD)`. */
const ACRONYM = String.raw`(?:\s+\(\p{L}[\p{L}\d&-]{1,9}\))?`;
/**
 * An organisation named by what it is and whom it joins (`Organization of American States`, `Organisation of
 * Islamic Cooperation`, `Organization for Security and Co-operation in Europe`, `League of Arab States`,
 * `Association of Southeast Asian Nations`, `Economic Community of West African States`), or by the words before it
 * (`African Union`, `Southern African Development Community`, `North Atlantic Treaty Organization`), maybe with its
 * acronym after it (`Intergovernmental Authority on Development (IGAD)`).
 */
const ORGANISATION = new RegExp(
	String.raw`^(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:${KIND})\s+(?:of|for|on)\s+${NAME_WORD}(?:\s+${NAME_WORD})*${ACRONYM}$|^(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:${KIND}|Secretariat)${ACRONYM}$`,
	'u',
);
/**
 * A body named in French, Spanish or Portuguese: what it is, then whose or on what (`Commission de la condition de
 * la femme`, `Comisión de la Condición Jurídica y Social de la Mujer`, `Conférence des Nations Unies sur le commerce
 * et le développement`, `Organización de los Estados Americanos`). A title in these languages opens with its kind
 * (`Conclusions concertées sur…`, `Declaración de…`), never with the body's name.
 */
const BODY_IN_OTHER_LANGUAGES =
	/^(?:Commission|Comisión|Comissão|Comité|Conseil|Consejo|Conselho|Conférence|Conferencia|Conferência|Groupe de travail|Grupo de Trabajo|Organisation|Organización|Organização|Assemblée|Asamblea|Assembleia|Union|Unión|União)\s+(?:de|des|du|d['’]|del|da|do|dos|das|pour|para|sobre|sur|africaine|africana|européenne|europea|interaméricaine|interamericana)\b[^:;.!?]*$/u;

/** The small words a name in capitals keeps in lower case once written as a name. */
const SMALL = new Set([
	'the',
	'and',
	'of',
	'on',
	'for',
	'in',
	'to',
	'with',
	'de',
	'des',
	'du',
	'del',
	'la',
	'le',
	'les',
	'los',
	'las',
	'y',
	'et',
	'sur',
	'sobre',
	'para',
	'pour',
]);

/**
 * A line in capitals written as a name (`ORGANISATION OF ISLAMIC COOPERATION` → `Organisation of Islamic Cooperation`);
 * its acronym in brackets stays one (`LAKE REGION COOPERATION ORGANISATION (LRCO)` → `… Organisation (LRCO)`).
 */
export function asName(text: string): string {
	if (/\p{Ll}/u.test(text)) return text;
	return text
		.split(' ')
		.map((typed, i) => {
			if (/^\(\p{Lu}{2,8}\)[,.;:]?$/u.test(typed)) return typed;
			const word = typed.toLowerCase();
			return i > 0 && SMALL.has(word) ? word : word.replace(/^\p{L}/u, (letter) => letter.toUpperCase());
		})
		.join(' ')
		.replace(/-(\p{Ll})/gu, (_, letter: string) => `-${letter.toUpperCase()}`);
}

/** At most this many words: a body's name, not a sentence that opens with one. */
const MOST_WORDS = 14;

/** Whether a line (spaces normalised) names an organisation or body (see `ORGANISATION`, `BODY_IN_OTHER_LANGUAGES`). */
export function isOrganisationName(text: string): boolean {
	// A line naming a document by its kind (`… Declaration on Democracy`) is a title, whoever issued it.
	if (text.split(' ').length > MOST_WORDS || namesDocument(text)) return false;
	const name = asName(text);
	// In capitals, a French or Portuguese name's adjective is in capitals too (`UNION AFRICAINE`, `UNIÃO AFRICANA`).
	const asPhrase = /\p{Ll}/u.test(text) ? text : text.charAt(0) + text.slice(1).toLowerCase();
	return ORGANISATION.test(name) || BODY_IN_OTHER_LANGUAGES.test(name) || BODY_IN_OTHER_LANGUAGES.test(asPhrase);
}
