import type { Messages } from './en.ts';

/** Le texte du bot en français (le texte cité reste dans sa langue). */
export const fr: Messages = {
	quotes: ['«\u00a0', '\u00a0»'],
	matches: (count, query, within, page) =>
		`**${count}** ${count === 1 ? 'paragraphe correspond' : 'paragraphes correspondent'} à ${query}${within}${page ? ` — ${page}` : ''} :`,
	matchesAndMore: (count, more, query, within, page, oneWord = false) =>
		`**${count}** ${count === 1 ? 'paragraphe contient' : 'paragraphes contiennent'} ${oneWord ? '' : 'tous les mots de '}${query}${within}, et **${more}** autre${more === 1 ? '' : 's'} ${oneWord ? 'seulement son thème' : 'une partie de ces mots ou seulement leur thème'}${page ? ` — ${page}` : ''} :`,
	partial: (count, query, within, page) =>
		`Aucun paragraphe ne contient tous les mots de ${query}${within} ; voici les plus proches parmi **${count}** ${count === 1 ? 'correspondance partielle' : 'correspondances partielles'}${page ? ` — ${page}` : ''} :`,
	page: (page, pages) => `page ${page} sur ${pages}`,
	matched: 'trouvé',
	inTheme: (label) => ` dans le thème **${label}**`,
	inDocument: (symbol) => ` dans **${symbol}**`,
	otherDocumentsMatch: (found, more) =>
		`D’autres documents correspondent : ${found}${more > 0 ? ` et ${more} autres` : ''}. Retirez **document:** pour les voir.`,
	unclosedQuote: 'Un guillemet n’a pas été fermé : ses mots ont été cherchés un par un.',
	quotedApart: 'Aucun paragraphe n’a les mots entre guillemets côte à côte : ils ont été cherchés un par un.',
	noMatch: (query, within) => `Aucun paragraphe ne correspond à ${query}${within}.`,
	related: 'Les paragraphes les plus proches par des mots apparentés — aucun ne contient tous les mots saisis :',
	relatedNone: 'Les paragraphes les plus proches par des mots apparentés — aucun ne contient les mots saisis :',
	unstated: {
		count: (query, within) => `Aucun paragraphe ne donne le nombre que demande ${query}${within}.`,
		amount: (query, within) => `Aucun paragraphe ne donne le montant que demande ${query}${within}.`,
		figure: (query, within) => `Aucun paragraphe ne donne les chiffres que demande ${query}${within}.`,
		definition: (query, within) => `Aucun paragraphe ne donne la définition que demande ${query}${within}.`,
		attendance: (query, within) => `Aucun paragraphe ne nomme les participants, comme le demande ${query}${within}.`,
		funding: (query, within) => `Aucun paragraphe ne dit comment c’est financé, comme le demande ${query}${within}.`,
		place: (query, within) => `Aucun paragraphe ne nomme le lieu que demande ${query}${within}.`,
		time: (query, within) => `Aucun paragraphe ne donne la date que demande ${query}${within}.`,
		frequency: (query, within) => `Aucun paragraphe ne dit à quelle fréquence, comme le demande ${query}${within}.`,
	},
	inThemeDescription: (query, label, id) =>
		`${query} fait partie de ce que couvre le thème **${label}** : listez ses paragraphes avec \`/themes theme:${id}\`.`,
	inDetails: (query, symbol, detail, value) =>
		`Le texte d’aucun paragraphe ne contient ${query}, mais les données de ${symbol} oui — ${{ author: 'auteur', title: 'titre', place: 'lieu', publisher: 'éditeur' }[detail]}\u00a0: ${value}.`,
	unstatedRelated: 'Les paragraphes qui ont vos mots — aucun ne le précise :',
	didYouMean: (words) => `Vouliez-vous dire ${words} ?`,
	or: 'ou',
	tryThemes: (themes, example) =>
		themes === ''
			? 'Essayez d’autres mots (en anglais).'
			: `Essayez d’autres mots (en anglais), ou l’un des thèmes : ${themes}${example === undefined ? '' : ` (p. ex. \`${example}\`)`}.`,
	emptyQuery: 'Tapez des mots à chercher, p. ex. `/conclusions query:terrorism`.',
	onlyMentions:
		'Les mentions (de personnes, de rôles, de tous) et les salons ne sont pas cherchés : tapez des mots, p. ex. `/conclusions query:terrorism`.',
	onlyQuestion: (query) =>
		`${query} ne fait que poser une question : dites sur quoi elle porte, p. ex. \`/conclusions where was the meeting held\`.`,
	onlyStopWords: (query) =>
		`${query} ne contient aucun mot à chercher (les mots très courants comme « the » sont ignorés). Essayez p. ex. \`/conclusions query:human rights\`.`,
	onlyExclusions: (query) =>
		`${query} ne fait qu’exclure des mots. Ajoutez des mots à chercher, p. ex. \`children -terrorism\`.`,
	unknownTheme: (theme, themes) => `Il n’y a pas de thème ${theme}. Les thèmes sont : ${themes}.`,
	unknownThemeMeant: (theme, label, id, themes) =>
		`Il n’y a pas de thème ${theme}. Vouliez-vous dire **${label}** (\`theme:${id}\`) ? Les thèmes sont : ${themes}.`,
	themeWithoutParagraphs: (label, themes) =>
		`Aucun paragraphe des conclusions chargées n’a encore le thème **${label}**. Les thèmes qui ont des paragraphes sont : ${themes}.`,
	themeWithoutWords: (label, id) =>
		`Tapez des mots à chercher dans **${label}**, ou affichez tous ses paragraphes avec \`/themes theme:${id}\`.`,
	unknownDocument: (document, documents) => `Il n’y a pas de document ${document}. Les documents sont : ${documents}.`,
	severalDocumentsNamed: (document, documents) =>
		`Plusieurs documents ont ${document} dans leur nom (${documents}) : nommez-en un par sa cote.`,
	onlyOneDocument: (document, loaded) =>
		`Il n’y a pas de document ${document}, et rien à choisir : seul ${loaded} est chargé. Omettez \`document\`.`,
	themes: 'Thèmes',
	noThemeYet: 'pas encore de thème',
	paragraphsCount: (count) => `${count} ¶`,
	previous: 'Précédent',
	next: 'Suivant',
	readFull: (mark) => `Lire ${mark} en entier`,
	cite: (mark) => `Citer ${mark}`,
	post: (mark) => `Publier ${mark}`,
	delete: 'Supprimer',
	source: (symbol) => `Source : ${symbol}`,
	notYourPages:
		'Seule la personne qui a lancé la recherche peut tourner ces pages. Lancez `/conclusions` pour votre propre recherche.',
	notYourPost: 'Seule la personne qui a publié ce message peut le supprimer.',
	staleButton: 'Ce bouton ne fonctionne plus (message trop ancien ou texte modifié). Relancez la commande.',
	sharedBy: (user) => `Partagé par ${user} :`,
	cannotPostHere:
		'Ce serveur ne permet pas aux applications de publier pour vous ici : la réponse n’est visible que par vous.',
	oneAtATime: (shown, others, example) =>
		`Un paragraphe à la fois : voici le ${shown} ; pour ${others}, redemandez (${example}).`,
	itemInside: (item, mark) =>
		`Le point ${item} fait partie du ${mark} : voici le paragraphe entier, car \`/quote\` cite des paragraphes entiers.`,
	onePerQuote: '`/quote` cite un paragraphe à la fois.',
	continuesBelow: (mark, count) =>
		`Le ${mark} est trop long pour un seul message Discord : la suite est dans ${count === 1 ? 'le message' : `les ${count} messages`} ci-dessous.`,
	continuesInReadFull: (mark, button) =>
		`Le ${mark} dépasse ce que contient un message Discord : affiché jusqu’à « … » ; **${button}** montre la suite, en privé.`,
	continued: (mark, part, parts) => `${mark} (suite, ${part}/${parts})`,
	restAtSource: (mark) => `La fin du ${mark} est trop longue pour être publiée ici : lisez-la dans la source.`,
	citedInMessage: 'cité dans ce message',
	quotedInMessage: 'cité mot pour mot dans ce message',
	citeTitle: (mark, symbol) => `Citer ${mark} de ${symbol}`,
	citePlain: 'Texte simple',
	citeAcademic: 'Style APA',
	paragraphNeeded: (example, ranges) =>
		`Indiquez un numéro de paragraphe, p. ex. ${example}. Paragraphes valides : ${ranges}.`,
	notAParagraph: (typed, example, ranges) =>
		`${typed} n’est pas un numéro de paragraphe. Indiquez-en un, p. ex. ${example} (paragraphes valides : ${ranges}), ou cherchez par mots avec \`/conclusions\`.`,
	outOfRange: (typed, ranges) => `Il n’y a pas de paragraphe ${typed}. Paragraphes valides : ${ranges}.`,
	tryForms: (forms) => `Essayez ${forms}.`,
	whichSection: (typed, forms) =>
		`${typed} figure dans plus d’une section : laquelle ? Nommez-la d’abord, comme dans ${forms}.`,
	documentSymbol: (symbol, title, quote, search) =>
		`${symbol} est la cote du document *${title}*, pas des mots de son texte. Lisez-le depuis son premier paragraphe avec ${quote} (◀ ▶ tournent les pages), ou cherchez dedans avec ${search}.`,
	chooseDocument: (documents, example, deploy) =>
		`Plusieurs documents sont chargés (${documents}) : nommez-en un avant le paragraphe, p. ex. ${example}, ou choisissez-le avec \`document\`. Si \`/quote\` n’offre pas l’option \`document\`, les commandes du bot doivent être redéployées (${deploy}).`,
	themesTitle: 'Thèmes des conclusions',
	themesFooter: 'Utilisez /themes theme:<nom> pour lister les paragraphes d’un thème.',
	noThemesYet: 'Aucun paragraphe n’a encore de thème : le fichier themes.json du dossier de données les donne.',
	themeTitle: (label, count) => `${label} · ${count} ¶`,
	helpTitle: 'conclusions bot',
	help: {
		what: 'Cite mot pour mot des conclusions officielles : cherchez-y, partagez un paragraphe, citez-le.',
		commandsTitle: 'Commandes',
		conclusions: 'les meilleurs paragraphes pour vos mots',
		quote: 'publier un paragraphe avec sa référence ; ◀ ▶ pour poursuivre la lecture',
		themes: 'les thèmes, ou les paragraphes d’un thème',
		find: '**Applications → Chercher dans les conclusions** sur un message — les paragraphes les plus proches de son texte',
		optional: 'Les options entre [crochets] sont facultatives.',
		documentOption: (documents) => `\`document\` — seulement les paragraphes d’un document : ${documents}`,
		andMore: (count) => `et ${count} autres`,
		syntaxTitle: 'Syntaxe de recherche',
		syntax: [
			'Tous les mots sont requis (les plus proches sont montrés si aucun paragraphe ne les a tous).',
			'`"use of force"` — une expression exacte ; `children -terrorism` — exclure un mot.',
			'Radicaux, orthographe britannique/américaine, traits d’union et fautes de frappe sont compris ; `WMD`, `UNSC`, `CTC` et d’autres sigles aussi.',
		].join('\n'),
		documentsTitle: 'Documents',
		version: (version) => `Version du corpus ${version}`,
	},
	findEmpty: 'Ce message n’a pas de texte à chercher.',
	findAttachmentsOnly: 'Ce message ne contient que des pièces jointes ; je ne peux chercher que du texte.',
	findTitle: (count) =>
		count === 1
			? 'Le paragraphe le plus proche de ce message :'
			: `Les ${count} paragraphes les plus proches de ce message :`,
	findNone: 'Aucun paragraphe n’est proche de ce message.',
	citedMissing: (symbol, mark, has) => `${symbol} n’a pas de ${mark} (il a ${has}).`,
	closeness: (shared, of) => `partage ${shared} des ${of} mots clés`,
	cooldown: (seconds) => `Vous cherchez vite : réessayez dans ${seconds} s.`,
	error: 'Désolé, une erreur s’est produite. Elle a été enregistrée ; réessayez dans un instant.',
	restarting: 'Le bot redémarre — posez à nouveau votre question dans un instant.',
	unknownCommand: (name) => `Ce bot n’a plus de commande \`/${name}\`.`,
	unknownComponent: 'Ce bouton n’est plus utilisé. Relancez la commande pour une nouvelle réponse.',
};
