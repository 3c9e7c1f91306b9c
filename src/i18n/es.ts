import type { Messages } from './en.ts';

/** El texto del bot en español, para es-ES y es-419 (el texto citado queda en su idioma). */
export const es: Messages = {
	quotes: ['«', '»'],
	matches: (count, query, within, page) =>
		`**${count}** ${count === 1 ? 'párrafo coincide' : 'párrafos coinciden'} con ${query}${within}${page ? ` — ${page}` : ''}:`,
	matchesAndMore: (count, more, query, within, page, oneWord = false) =>
		`**${count}** ${count === 1 ? 'párrafo contiene' : 'párrafos contienen'} ${oneWord ? '' : 'todas las palabras de '}${query}${within}, y **${more}** más ${oneWord ? 'solo su tema' : 'una parte de ellas o solo su tema'}${page ? ` — ${page}` : ''}:`,
	partial: (count, query, within, page) =>
		`Ningún párrafo contiene todas las palabras de ${query}${within}; se muestran los más cercanos de **${count}** ${count === 1 ? 'coincidencia parcial' : 'coincidencias parciales'}${page ? ` — ${page}` : ''}:`,
	page: (page, pages) => `página ${page} de ${pages}`,
	matched: 'coincidió',
	inTheme: (label) => ` en el tema **${label}**`,
	inDocument: (symbol) => ` en **${symbol}**`,
	otherDocumentsMatch: (found, more) =>
		`Otros documentos coinciden: ${found}${more > 0 ? ` y ${more} más` : ''}. Quita **document:** para verlos.`,
	unclosedQuote: 'Unas comillas no se cerraron, así que sus palabras se buscaron una por una.',
	quotedApart: 'Ningún párrafo tiene las palabras entre comillas juntas, así que se buscaron una por una.',
	noMatch: (query, within) => `Ningún párrafo coincide con ${query}${within}.`,
	related: 'Los párrafos más cercanos por palabras relacionadas — ninguno contiene todas las palabras escritas:',
	relatedNone: 'Los párrafos más cercanos por palabras relacionadas — ninguno contiene las palabras escritas:',
	unstated: {
		count: (query, within) => `Ningún párrafo da el número que pide ${query}${within}.`,
		amount: (query, within) => `Ningún párrafo da la cantidad que pide ${query}${within}.`,
		figure: (query, within) => `Ningún párrafo da las cifras que pide ${query}${within}.`,
		definition: (query, within) => `Ningún párrafo da la definición que pide ${query}${within}.`,
		attendance: (query, within) => `Ningún párrafo nombra a quienes participaron, como pide ${query}${within}.`,
		funding: (query, within) => `Ningún párrafo dice cómo se financia, como pide ${query}${within}.`,
		place: (query, within) => `Ningún párrafo nombra el lugar que pide ${query}${within}.`,
		time: (query, within) => `Ningún párrafo da la fecha que pide ${query}${within}.`,
		frequency: (query, within) => `Ningún párrafo dice con qué frecuencia, como pide ${query}${within}.`,
	},
	inThemeDescription: (query, label, id) =>
		`${query} está entre lo que abarca el tema **${label}**: lista sus párrafos con \`/themes theme:${id}\`.`,
	inDetails: (query, symbol, detail, value) =>
		`El texto de ningún párrafo contiene ${query}, pero los datos de ${symbol} sí — ${{ author: 'autor', title: 'título', place: 'lugar', publisher: 'editor' }[detail]}: ${value}.`,
	unstatedRelated: 'Los párrafos con sus palabras — ninguno lo indica:',
	didYouMean: (words) => `¿Quisiste decir ${words}?`,
	or: 'o',
	tryThemes: (themes, example) =>
		themes === ''
			? 'Prueba otras palabras (en inglés).'
			: `Prueba otras palabras (en inglés) o uno de los temas: ${themes}${example === undefined ? '' : ` (p. ej. \`${example}\`)`}.`,
	emptyQuery: 'Escribe palabras que buscar, p. ej. `/conclusions query:terrorism`.',
	onlyMentions:
		'Las menciones (de personas, roles, todos) y los canales no se buscan: escribe palabras, p. ej. `/conclusions query:terrorism`.',
	onlyQuestion: (query) =>
		`${query} solo hace una pregunta: di sobre qué trata, p. ej. \`/conclusions where was the meeting held\`.`,
	onlyStopWords: (query) =>
		`${query} no tiene palabras que buscar (las muy comunes como «the» se ignoran). Prueba p. ej. \`/conclusions query:human rights\`.`,
	onlyExclusions: (query) =>
		`${query} solo excluye palabras. Añade palabras que buscar, p. ej. \`children -terrorism\`.`,
	unknownTheme: (theme, themes) => `No existe el tema ${theme}. Los temas son: ${themes}.`,
	unknownThemeMeant: (theme, label, id, themes) =>
		`No existe el tema ${theme}. ¿Quisiste decir **${label}** (\`theme:${id}\`)? Los temas son: ${themes}.`,
	themeWithoutParagraphs: (label, themes) =>
		`Ningún párrafo de las conclusiones cargadas tiene aún el tema **${label}**. Los temas con párrafos son: ${themes}.`,
	themeWithoutWords: (label, id) =>
		`Escribe palabras que buscar en **${label}**, o muestra todos sus párrafos con \`/themes theme:${id}\`.`,
	unknownDocument: (document, documents) => `No existe el documento ${document}. Los documentos son: ${documents}.`,
	severalDocumentsNamed: (document, documents) =>
		`Varios documentos llevan ${document} en su nombre (${documents}): nombra uno por su símbolo.`,
	onlyOneDocument: (document, loaded) =>
		`No existe el documento ${document}, y no hay nada que elegir: solo está cargado ${loaded}. Omite \`document\`.`,
	themes: 'Temas',
	noThemeYet: 'aún sin tema',
	paragraphsCount: (count) => `${count} ¶`,
	previous: 'Anterior',
	next: 'Siguiente',
	readFull: (mark) => `Leer ${mark} completo`,
	cite: (mark) => `Citar ${mark}`,
	post: (mark) => `Publicar ${mark}`,
	delete: 'Eliminar',
	source: (symbol) => `Fuente: ${symbol}`,
	notYourPages: 'Solo quien hizo la búsqueda puede pasar estas páginas. Usa `/conclusions` para tu propia búsqueda.',
	notYourPost: 'Solo quien publicó esto puede eliminarlo.',
	staleButton: 'Este botón ya no funciona (el mensaje es antiguo o el texto cambió). Vuelve a usar el comando.',
	sharedBy: (user) => `Compartido por ${user}:`,
	cannotPostHere:
		'Este servidor no permite que las aplicaciones publiquen por ti aquí, así que solo tú ves la respuesta.',
	oneAtATime: (shown, others, example) =>
		`Un párrafo cada vez: cito el ${shown}; para ${others}, vuelve a pedirlo (${example}).`,
	itemInside: (item, mark) =>
		`El apartado ${item} está dentro del ${mark}: se cita el párrafo entero, porque \`/quote\` cita párrafos enteros.`,
	onePerQuote: '`/quote` cita un párrafo cada vez.',
	continuesBelow: (mark, count) =>
		`El ${mark} no cabe en un solo mensaje de Discord: continúa en ${count === 1 ? 'el mensaje' : `los ${count} mensajes`} de abajo.`,
	continuesInReadFull: (mark, button) =>
		`El ${mark} no cabe en un solo mensaje de Discord: se muestra hasta «…»; **${button}** muestra el resto, en privado.`,
	continued: (mark, part, parts) => `${mark} (continuación, ${part}/${parts})`,
	restAtSource: (mark) => `El resto del ${mark} es demasiado largo para publicarlo aquí: léelo en la fuente.`,
	citedInMessage: 'citado en ese mensaje',
	quotedInMessage: 'citado palabra por palabra en ese mensaje',
	citeTitle: (mark, symbol) => `Citar ${mark} de ${symbol}`,
	citePlain: 'Texto simple',
	citeAcademic: 'Estilo APA',
	paragraphNeeded: (example, ranges) =>
		`Indica un número de párrafo, por ejemplo ${example}. Párrafos válidos: ${ranges}.`,
	notAParagraph: (typed, example, ranges) =>
		`${typed} no es un número de párrafo. Indica uno, por ejemplo ${example} (párrafos válidos: ${ranges}), o busca por palabras con \`/conclusions\`.`,
	outOfRange: (typed, ranges) => `No existe el párrafo ${typed}. Párrafos válidos: ${ranges}.`,
	tryForms: (forms) => `Prueba ${forms}.`,
	whichSection: (typed, forms) => `${typed} está en más de una sección: ¿en cuál? Nómbrala primero, como en ${forms}.`,
	documentSymbol: (symbol, title, quote, search) =>
		`${symbol} es la signatura del documento *${title}*, no palabras de su texto. Léelo desde su primer párrafo con ${quote} (◀ ▶ pasan las páginas), o busca en él con ${search}.`,
	chooseDocument: (documents, example, deploy) =>
		`Hay varios documentos (${documents}): nombra uno antes del párrafo, p. ej. ${example}, o elígelo con \`document\`. Si \`/quote\` no ofrece la opción \`document\`, hay que volver a desplegar los comandos del bot (${deploy}).`,
	themesTitle: 'Temas de las conclusiones',
	themesFooter: 'Usa /themes theme:<nombre> para ver los párrafos de un tema.',
	noThemesYet: 'Ningún párrafo tiene aún un tema: los da el archivo themes.json de la carpeta de datos.',
	themeTitle: (label, count) => `${label} · ${count} ¶`,
	helpTitle: 'conclusions bot',
	help: {
		what: 'Cita palabra por palabra conclusiones oficiales: búscalas, comparte un párrafo, cítalo.',
		commandsTitle: 'Comandos',
		conclusions: 'los mejores párrafos para tus palabras',
		quote: 'publicar un párrafo con su referencia; ◀ ▶ para seguir leyendo',
		themes: 'los temas, o los párrafos de un tema',
		find: '**Aplicaciones → Buscar en las conclusiones** en un mensaje — los párrafos más cercanos a su texto',
		optional: 'Las opciones entre [corchetes] son opcionales.',
		documentOption: (documents) => `\`document\` — solo los párrafos de un documento: ${documents}`,
		andMore: (count) => `y ${count} más`,
		syntaxTitle: 'Sintaxis de búsqueda',
		syntax: [
			'Todas las palabras son obligatorias (si ningún párrafo las tiene todas, se muestran los más cercanos).',
			'`"use of force"` — una frase exacta; `children -terrorism` — excluir una palabra.',
			'Se entienden raíces, ortografía británica/estadounidense, guiones y erratas; también `WMD`, `UNSC`, `CTC` y otras siglas.',
		].join('\n'),
		documentsTitle: 'Documentos',
		version: (version) => `Versión del corpus ${version}`,
	},
	findEmpty: 'Ese mensaje no tiene texto que buscar.',
	findAttachmentsOnly: 'Ese mensaje solo tiene archivos adjuntos; solo puedo buscar texto.',
	findTitle: (count) =>
		count === 1 ? 'El párrafo más cercano a ese mensaje:' : `Los ${count} párrafos más cercanos a ese mensaje:`,
	findNone: 'Ningún párrafo se acerca a ese mensaje.',
	citedMissing: (symbol, mark, has) => `${symbol} no tiene ${mark} (tiene ${has}).`,
	closeness: (shared, of) => `comparte ${shared} de ${of} palabras clave`,
	cooldown: (seconds) => `Estás buscando muy rápido: inténtalo de nuevo en ${seconds} s.`,
	error: 'Lo sentimos, algo salió mal al responder. Quedó registrado; inténtalo de nuevo en un momento.',
	restarting: 'El bot se está reiniciando: vuelve a preguntar en un momento.',
	unknownCommand: (name) => `Este bot ya no tiene el comando \`/${name}\`.`,
	unknownComponent: 'Este botón ya no se usa. Vuelve a usar el comando para obtener una respuesta nueva.',
};
