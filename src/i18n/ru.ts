import type { Messages } from './en.ts';

/** Русская форма числительного: 1 абзац, 2 абзаца, 5 абзацев. */
function plural(count: number, one: string, few: string, many: string): string {
	const mod10 = count % 10;
	const mod100 = count % 100;
	if (mod10 === 1 && mod100 !== 11) return one;
	if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
	return many;
}

/** Текст бота по-русски (цитируемый текст остаётся на языке оригинала). */
export const ru: Messages = {
	quotes: ['«', '»'],
	matches: (count, query, within, page) =>
		`По запросу ${query}${within} ${plural(count, 'найден', 'найдено', 'найдено')} **${count}** ${plural(count, 'абзац', 'абзаца', 'абзацев')}${page ? ` — ${page}` : ''}:`,
	matchesAndMore: (count, more, query, within, page, oneWord = false) =>
		oneWord
			? `${query}${within} есть в **${count}** ${plural(count, 'абзаце', 'абзацах', 'абзацах')}, ещё в **${more}** — только его тема${page ? ` — ${page}` : ''}:`
			: `Все слова запроса ${query}${within} есть в **${count}** ${plural(count, 'абзаце', 'абзацах', 'абзацах')}, ещё в **${more}** — часть из них или только тема${page ? ` — ${page}` : ''}:`,
	partial: (count, query, within, page) =>
		`Ни один абзац не содержит всех слов запроса ${query}${within}; ближайшие из **${count}** ${plural(count, 'частичного совпадения', 'частичных совпадений', 'частичных совпадений')}${page ? ` — ${page}` : ''}:`,
	page: (page, pages) => `страница ${page} из ${pages}`,
	matched: 'совпало',
	inTheme: (label) => ` в теме **${label}**`,
	inDocument: (symbol) => ` в **${symbol}**`,
	otherDocumentsMatch: (found, more) =>
		`Есть совпадения в других документах: ${found}${more > 0 ? ` и ещё ${more}` : ''}. Уберите **document:**, чтобы их увидеть.`,
	unclosedQuote: 'Кавычка не закрыта, поэтому слова искались по отдельности.',
	quotedApart: 'Ни в одном абзаце нет слов в кавычках подряд, поэтому они искались по отдельности.',
	noMatch: (query, within) => `Ни один абзац не соответствует запросу ${query}${within}.`,
	related: 'Ближайшие абзацы по родственным словам — ни в одном нет всех введённых слов:',
	relatedNone: 'Ближайшие абзацы по родственным словам — ни в одном нет введённых слов:',
	unstated: {
		count: (query, within) => `Ни один абзац не называет число, о котором спрашивает ${query}${within}.`,
		amount: (query, within) => `Ни один абзац не называет сумму, о которой спрашивает ${query}${within}.`,
		figure: (query, within) => `Ни один абзац не приводит цифры, о которых спрашивает ${query}${within}.`,
		definition: (query, within) => `Ни один абзац не даёт определения, о котором спрашивает ${query}${within}.`,
		attendance: (query, within) => `Ни один абзац не называет участников, о которых спрашивает ${query}${within}.`,
		funding: (query, within) => `Ни один абзац не говорит, как это финансируется, о чём спрашивает ${query}${within}.`,
		place: (query, within) => `Ни один абзац не называет место, о котором спрашивает ${query}${within}.`,
		time: (query, within) => `Ни один абзац не называет время, о котором спрашивает ${query}${within}.`,
		frequency: (query, within) => `Ни один абзац не говорит, как часто, о чём спрашивает ${query}${within}.`,
	},
	inThemeDescription: (query, label, id) =>
		`${query} входит в тему **${label}**: её абзацы покажет \`/themes theme:${id}\`.`,
	inDetails: (query, symbol, detail, value) =>
		`Ни в одном абзаце нет ${query}, но это есть в сведениях о документе ${symbol} — ${{ author: 'автор', title: 'заголовок', place: 'место', publisher: 'издатель' }[detail]}: ${value}.`,
	unstatedRelated: 'Абзацы с вашими словами — ни в одном этого не сказано:',
	didYouMean: (words) => `Возможно, вы имели в виду ${words}?`,
	or: 'или',
	tryThemes: (themes, example) =>
		themes === ''
			? 'Попробуйте другие слова (по-английски).'
			: `Попробуйте другие слова (по-английски) или одну из тем: ${themes}${example === undefined ? '' : ` (например, \`${example}\`)`}.`,
	emptyQuery: 'Введите слова для поиска, например `/conclusions query:terrorism`.',
	onlyMentions:
		'Упоминания (людей, ролей, всех) и каналы не ищутся: введите слова, например `/conclusions query:terrorism`.',
	onlyQuestion: (query) =>
		`${query} — только вопрос: укажите, о чём он, например \`/conclusions where was the meeting held\`.`,
	onlyStopWords: (query) =>
		`В ${query} нет слов для поиска (очень частые слова вроде «the» не учитываются). Попробуйте, например, \`/conclusions query:human rights\`.`,
	onlyExclusions: (query) =>
		`${query} только исключает слова. Добавьте слова для поиска, например \`children -terrorism\`.`,
	unknownTheme: (theme, themes) => `Темы ${theme} нет. Темы: ${themes}.`,
	unknownThemeMeant: (theme, label, id, themes) =>
		`Темы ${theme} нет. Возможно, вы имели в виду **${label}** (\`theme:${id}\`)? Темы: ${themes}.`,
	themeWithoutParagraphs: (label, themes) =>
		`Ни один абзац загруженных выводов пока не относится к теме **${label}**. Темы, у которых есть абзацы: ${themes}.`,
	themeWithoutWords: (label, id) =>
		`Введите слова для поиска в теме **${label}** или покажите все её абзацы командой \`/themes theme:${id}\`.`,
	unknownDocument: (document, documents) => `Документа ${document} нет. Документы: ${documents}.`,
	severalDocumentsNamed: (document, documents) =>
		`${document} есть в названиях нескольких документов (${documents}): укажите один по его условному обозначению.`,
	onlyOneDocument: (document, loaded) =>
		`Документа ${document} нет, и выбирать не из чего: загружен только ${loaded}. Не указывайте \`document\`.`,
	themes: 'Темы',
	noThemeYet: 'тема ещё не задана',
	paragraphsCount: (count) => `${count} ¶`,
	previous: 'Назад',
	next: 'Вперёд',
	readFull: (mark) => `Весь ${mark}`,
	cite: (mark) => `Ссылка на ${mark}`,
	post: (mark) => `Опубликовать ${mark}`,
	delete: 'Удалить',
	source: (symbol) => `Источник: ${symbol}`,
	notYourPages: 'Листать эти страницы может только автор поиска. Запустите `/conclusions` для своего поиска.',
	notYourPost: 'Удалить это может только тот, кто это опубликовал.',
	staleButton: 'Эта кнопка больше не работает (сообщение устарело или текст изменился). Запустите команду снова.',
	sharedBy: (user) => `Поделился ${user}:`,
	cannotPostHere: 'На этом сервере приложениям нельзя публиковать от вашего имени, поэтому ответ виден только вам.',
	oneAtATime: (shown, others, example) =>
		`Цитирую по одному абзацу: вот ${shown}; чтобы получить ${others}, запросите ещё раз (${example}).`,
	itemInside: (item, mark) =>
		`Подпункт ${item} входит в ${mark}: приведён весь абзац, так как \`/quote\` цитирует абзацы целиком.`,
	onePerQuote: '`/quote` цитирует по одному абзацу за раз.',
	continuesBelow: (mark, count) =>
		`${mark} не помещается в одно сообщение Discord: продолжение — ниже (сообщений: ${count}).`,
	continuesInReadFull: (mark, button) =>
		`${mark} не помещается в одно сообщение Discord: показан до «…»; **${button}** покажет остальное, только вам.`,
	continued: (mark, part, parts) => `${mark} (продолжение, ${part}/${parts})`,
	restAtSource: (mark) =>
		`Окончание ${mark} слишком длинное, чтобы опубликовать его здесь: прочитайте его в источнике.`,
	citedInMessage: 'процитирован в этом сообщении',
	quotedInMessage: 'процитирован дословно в этом сообщении',
	citeTitle: (mark, symbol) => `Ссылка на ${mark} документа ${symbol}`,
	citePlain: 'Простой текст',
	citeAcademic: 'Стиль APA',
	paragraphNeeded: (example, ranges) => `Укажите номер абзаца, например ${example}. Допустимые абзацы: ${ranges}.`,
	notAParagraph: (typed, example, ranges) =>
		`${typed} — не номер абзаца. Укажите номер, например ${example} (допустимые абзацы: ${ranges}), или ищите по словам командой \`/conclusions\`.`,
	outOfRange: (typed, ranges) => `Абзаца ${typed} нет. Допустимые абзацы: ${ranges}.`,
	tryForms: (forms) => `Попробуйте ${forms}.`,
	whichSection: (typed, forms) =>
		`${typed} есть в нескольких разделах: в каком? Укажите раздел первым, например ${forms}.`,
	documentSymbol: (symbol, title, quote, search) =>
		`${symbol} — условное обозначение документа *${title}*, а не слова его текста. Читайте его с первого абзаца: ${quote} (◀ ▶ листают), или ищите в нём: ${search}.`,
	chooseDocument: (documents, example, deploy) =>
		`Загружено несколько документов (${documents}): укажите документ перед абзацем, например ${example}, или выберите его в параметре \`document\`. Если у \`/quote\` нет параметра \`document\`, команды бота нужно развернуть заново (${deploy}).`,
	themesTitle: 'Темы выводов',
	themesFooter: 'Используйте /themes theme:<название>, чтобы увидеть абзацы темы.',
	noThemesYet: 'Ни у одного абзаца ещё нет темы: их задаёт файл themes.json папки данных.',
	themeTitle: (label, count) => `${label} · ${count} ¶`,
	helpTitle: 'conclusions bot',
	help: {
		what: 'Дословно цитирует официальные выводы: ищите в них, делитесь абзацем, ссылайтесь на него.',
		commandsTitle: 'Команды',
		conclusions: 'лучшие абзацы по вашим словам',
		quote: 'опубликовать абзац со ссылкой; ◀ ▶ — читать дальше',
		themes: 'темы или абзацы одной темы',
		find: '**Приложения → Найти в выводах** на любом сообщении — абзацы, ближайшие к его тексту',
		optional: 'Параметры в [скобках] необязательны.',
		documentOption: (documents) => `\`document\` — только абзацы одного документа: ${documents}`,
		andMore: (count) => `и ещё ${count}`,
		syntaxTitle: 'Синтаксис поиска',
		syntax: [
			'Нужны все слова (если ни в одном абзаце их нет всех, показываются ближайшие).',
			'`"use of force"` — точная фраза; `children -terrorism` — исключить слово.',
			'Понимаются основы слов, британское и американское написание, дефисы и опечатки, а также `WMD`, `UNSC`, `CTC` и другие сокращения.',
		].join('\n'),
		documentsTitle: 'Документы',
		version: (version) => `Версия корпуса ${version}`,
	},
	findEmpty: 'В этом сообщении нет текста для поиска.',
	findAttachmentsOnly: 'В этом сообщении только вложения; я ищу только по тексту.',
	findTitle: (count) =>
		count === 1
			? 'Абзац, ближайший к этому сообщению:'
			: `${count} ${plural(count, 'абзац', 'абзаца', 'абзацев')}, ближайших к этому сообщению:`,
	findNone: 'Ни один абзац не близок к этому сообщению.',
	citedMissing: (symbol, mark, has) => `В ${symbol} нет ${mark} (есть ${has}).`,
	closeness: (shared, of) => `общих ключевых слов: ${shared} из ${of}`,
	cooldown: (seconds) => `Вы ищете слишком часто: повторите через ${seconds} с.`,
	error: 'Извините, при ответе произошла ошибка. Она записана; попробуйте ещё раз чуть позже.',
	restarting: 'Бот перезапускается — повторите запрос чуть позже.',
	unknownCommand: (name) => `У этого бота больше нет команды \`/${name}\`.`,
	unknownComponent: 'Эта кнопка больше не используется. Запустите команду снова.',
};
