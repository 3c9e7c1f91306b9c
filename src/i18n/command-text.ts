import type { LocalizationMap } from 'discord-api-types/v10';

/** Names and descriptions of the commands and their options, in English and the UN languages Discord supports. */
type Text = { en: string; fr: string; es: string; ru: string; zhCN: string; zhTW: string };
interface Entry {
	name: Text;
	description: Text;
}

const same = (name: string): Text => ({ en: name, fr: name, es: name, ru: name, zhCN: name, zhTW: name });

const TEXT: Record<string, Entry> = {
	conclusions: {
		name: { en: 'conclusions', fr: 'conclusions', es: 'conclusiones', ru: 'выводы', zhCN: '结论', zhTW: '結論' },
		description: {
			en: 'Search the conclusions and quote the paragraphs that match',
			fr: 'Chercher dans les conclusions et citer les paragraphes pertinents',
			es: 'Buscar en las conclusiones y citar los párrafos pertinentes',
			ru: 'Найти в выводах и процитировать подходящие абзацы',
			zhCN: '搜索结论并引用相关段落',
			zhTW: '搜尋結論並引用相關段落',
		},
	},
	'conclusions.query': {
		name: { en: 'query', fr: 'recherche', es: 'consulta', ru: 'запрос', zhCN: '查询', zhTW: '查詢' },
		description: {
			en: 'Words to look for: terrorism, "use of force", children -terrorism',
			fr: 'Mots à chercher (en anglais) : terrorism, "use of force", children -terrorism',
			es: 'Palabras que buscar (en inglés): terrorism, "use of force", children -terrorism',
			ru: 'Слова для поиска (по-английски): terrorism, "use of force", children -terrorism',
			zhCN: '要搜索的英文词语：terrorism、"use of force"、children -terrorism',
			zhTW: '要搜尋的英文詞語：terrorism、"use of force"、children -terrorism',
		},
	},
	'conclusions.theme': {
		name: { en: 'theme', fr: 'thème', es: 'tema', ru: 'тема', zhCN: '主题', zhTW: '主題' },
		description: {
			en: 'Only paragraphs of this theme',
			fr: 'Seulement les paragraphes de ce thème',
			es: 'Solo los párrafos de este tema',
			ru: 'Только абзацы этой темы',
			zhCN: '仅限此主题的段落',
			zhTW: '僅限此主題的段落',
		},
	},
	'conclusions.document': {
		name: { en: 'document', fr: 'document', es: 'documento', ru: 'документ', zhCN: '文件', zhTW: '文件' },
		description: {
			en: 'Only paragraphs of this document',
			fr: 'Seulement les paragraphes de ce document',
			es: 'Solo los párrafos de este documento',
			ru: 'Только абзацы этого документа',
			zhCN: '仅限此文件的段落',
			zhTW: '僅限此文件的段落',
		},
	},
	'conclusions.private': {
		name: { en: 'private', fr: 'privé', es: 'privado', ru: 'лично', zhCN: '私密', zhTW: '私密' },
		description: {
			en: 'Show the answer only to you (default: everyone sees it)',
			fr: 'Réponse visible par vous seul (par défaut : visible par tous)',
			es: 'Respuesta visible solo para ti (por defecto: la ven todos)',
			ru: 'Показать ответ только вам (по умолчанию его видят все)',
			zhCN: '仅自己可见（默认所有人可见）',
			zhTW: '僅自己可見（預設所有人可見）',
		},
	},
	quote: {
		name: { en: 'quote', fr: 'citer', es: 'citar', ru: 'цитата', zhCN: '引用', zhTW: '引用' },
		description: {
			en: 'Post one paragraph with its citation',
			fr: 'Publier un paragraphe avec sa référence',
			es: 'Publicar un párrafo con su referencia',
			ru: 'Опубликовать абзац со ссылкой на источник',
			zhCN: '发布一个段落及其引文',
			zhTW: '發布一個段落及其引文',
		},
	},
	'quote.paragraph': {
		name: { en: 'paragraph', fr: 'paragraphe', es: 'párrafo', ru: 'абзац', zhCN: '段落', zhTW: '段落' },
		description: {
			en: 'Paragraph number, or words to find it',
			fr: 'Numéro du paragraphe, ou des mots pour le trouver',
			es: 'Número del párrafo, o palabras para encontrarlo',
			ru: 'Номер абзаца или слова, чтобы его найти',
			zhCN: '段落编号，或用于查找的词语',
			zhTW: '段落編號，或用於查找的詞語',
		},
	},
	themes: {
		name: { en: 'themes', fr: 'thèmes', es: 'temas', ru: 'темы', zhCN: '主题列表', zhTW: '主題列表' },
		description: {
			en: 'The themes of the conclusions, or the paragraphs of one theme',
			fr: 'Les thèmes des conclusions, ou les paragraphes d’un thème',
			es: 'Los temas de las conclusiones, o los párrafos de un tema',
			ru: 'Темы выводов или абзацы одной темы',
			zhCN: '结论的主题，或某一主题的段落',
			zhTW: '結論的主題，或某一主題的段落',
		},
	},
	help: {
		name: { en: 'help', fr: 'aide', es: 'ayuda', ru: 'помощь', zhCN: '帮助', zhTW: '說明' },
		description: {
			en: 'What this bot does, the query syntax and the documents',
			fr: 'Ce que fait ce bot, la syntaxe de recherche et les documents',
			es: 'Qué hace este bot, la sintaxis de búsqueda y los documentos',
			ru: 'Что делает бот, синтаксис поиска и документы',
			zhCN: '本机器人的功能、搜索语法和文件',
			zhTW: '本機器人的功能、搜尋語法和文件',
		},
	},
	find: {
		name: {
			en: 'Find in conclusions',
			fr: 'Chercher dans les conclusions',
			es: 'Buscar en las conclusiones',
			ru: 'Найти в выводах',
			zhCN: '在结论中查找',
			zhTW: '在結論中尋找',
		},
		description: same(''),
	},
};

function localizations(text: Text): LocalizationMap {
	return { fr: text.fr, 'es-ES': text.es, 'es-419': text.es, ru: text.ru, 'zh-CN': text.zhCN, 'zh-TW': text.zhTW };
}

/** The text of a command or option (`command.option`) by key; throws on a missing key, a programming error. */
export function commandText(key: string): Entry {
	const entry = TEXT[key];
	if (!entry) throw new Error(`i18n: no command text for "${key}"`);
	return entry;
}

interface Localizable {
	setName(name: string): unknown;
	setNameLocalizations(map: LocalizationMap): unknown;
	setDescription(description: string): unknown;
	setDescriptionLocalizations(map: LocalizationMap): unknown;
}

/** Sets a builder's name and description with their localizations; another key's options reuse the same text. */
export function localize<T extends Localizable>(builder: T, key: string): T {
	const { name, description } = commandText(key.replace(/^[^.]+\.(document|theme|private)$/, 'conclusions.$1'));
	builder.setName(name.en);
	builder.setNameLocalizations(localizations(name));
	builder.setDescription(description.en);
	builder.setDescriptionLocalizations(localizations(description));
	return builder;
}

/** Name localizations only, for context-menu commands (which have no description). */
export function nameLocalizations(key: string): { name: string; localizations: LocalizationMap } {
	const { name } = commandText(key);
	return { name: name.en, localizations: localizations(name) };
}
