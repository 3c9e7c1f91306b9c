import type { Messages } from './en.ts';

/** 机器人的简体中文文本（引用的原文保持原语言）。 */
export const zhCN: Messages = {
	quotes: ['“', '”'],
	matches: (count, query, within, page) => `${query}${within}匹配到 **${count}** 个段落${page ? `（${page}）` : ''}：`,
	matchesAndMore: (count, more, query, within, page, oneWord = false) =>
		oneWord
			? `**${count}** 个段落包含 ${query}${within}，另有 **${more}** 个段落仅属其主题${page ? `（${page}）` : ''}：`
			: `${query}${within}的全部词语出现在 **${count}** 个段落中，另有 **${more}** 个段落只含部分词语或仅属其主题${page ? `（${page}）` : ''}：`,
	partial: (count, query, within, page) =>
		`没有段落包含 ${query}${within}的全部词语；显示 **${count}** 个部分匹配中最接近的${page ? `（${page}）` : ''}：`,
	page: (page, pages) => `第 ${page}/${pages} 页`,
	matched: '匹配',
	inTheme: (label) => `（主题 **${label}**）`,
	inDocument: (symbol) => `（文件 **${symbol}**）`,
	otherDocumentsMatch: (found, more) =>
		`其他文件有匹配：${found}${more > 0 ? `等（另有 ${more} 个）` : ''}。去掉 **document:** 即可查看。`,
	unclosedQuote: '引号未闭合，因此其中的词语被逐个搜索。',
	quotedApart: '没有段落连续包含引号中的词语，因此这些词语被逐个搜索。',
	noMatch: (query, within) => `没有段落匹配 ${query}${within}。`,
	related: '按相关词最接近的段落——没有一段包含您输入的全部词：',
	relatedNone: '按相关词最接近的段落——没有一段包含您输入的词：',
	unstated: {
		count: (query, within) => `没有段落给出 ${query} 所问的数字${within}。`,
		amount: (query, within) => `没有段落给出 ${query} 所问的金额${within}。`,
		figure: (query, within) => `没有段落给出 ${query} 所问的数字${within}。`,
		definition: (query, within) => `没有段落给出 ${query} 所问的定义${within}。`,
		attendance: (query, within) => `没有段落列出 ${query} 所问的参与者${within}。`,
		funding: (query, within) => `没有段落说明 ${query} 所问的资金来源${within}。`,
		place: (query, within) => `没有段落说明 ${query} 所问的地点${within}。`,
		time: (query, within) => `没有段落说明 ${query} 所问的时间${within}。`,
		frequency: (query, within) => `没有段落说明 ${query} 所问的频率${within}。`,
	},
	inThemeDescription: (query, label, id) =>
		`${query} 属于主题 **${label}** 的范围：用 \`/themes theme:${id}\` 列出该主题的段落。`,
	inDetails: (query, symbol, detail, value) =>
		`没有段落的正文含有 ${query}，但 ${symbol} 的文档信息中有——${{ author: '作者', title: '标题', place: '地点', publisher: '出版者' }[detail]}：${value}。`,
	unstatedRelated: '包含您所输入词语的段落——均未说明这一点：',
	didYouMean: (words) => `您是不是要找 ${words}？`,
	or: '或',
	tryThemes: (themes, example) =>
		themes === ''
			? '请尝试其他英文词语。'
			: `请尝试其他英文词语，或以下主题之一：${themes}${example === undefined ? '' : `（例如 \`${example}\`）`}。`,
	emptyQuery: '请输入要搜索的词语，例如 `/conclusions query:terrorism`。',
	onlyMentions:
		'提及（成员、身份组、所有人）和频道不会被搜索：请输入要搜索的词语，例如 `/conclusions query:terrorism`。',
	onlyQuestion: (query) =>
		`${query} 只是一个疑问词：请说明要问什么，例如 \`/conclusions where was the meeting held\`。`,
	onlyStopWords: (query) =>
		`${query} 中没有可搜索的词语（“the”等常见词会被忽略）。请尝试例如 \`/conclusions query:human rights\`。`,
	onlyExclusions: (query) => `${query} 只排除了词语。请添加要搜索的词语，例如 \`children -terrorism\`。`,
	unknownTheme: (theme, themes) => `没有主题 ${theme}。主题有：${themes}。`,
	unknownThemeMeant: (theme, label, id, themes) =>
		`没有主题 ${theme}。您是想找 **${label}**（\`theme:${id}\`）吗？主题有：${themes}。`,
	themeWithoutParagraphs: (label, themes) => `已加载的结论中还没有段落属于主题 **${label}**。有段落的主题：${themes}。`,
	themeWithoutWords: (label, id) =>
		`请输入要在 **${label}** 中搜索的词语，或用 \`/themes theme:${id}\` 查看其所有段落。`,
	unknownDocument: (document, documents) => `没有文件 ${document}。文件有：${documents}。`,
	severalDocumentsNamed: (document, documents) =>
		`有多个文件的名称含有 ${document}（${documents}）：请用文号指明其中一个。`,
	onlyOneDocument: (document, loaded) =>
		`没有文件 ${document}，也无需选择：只加载了 ${loaded}。请不要填写 \`document\`。`,
	themes: '主题',
	noThemeYet: '尚无主题',
	paragraphsCount: (count) => `${count} ¶`,
	previous: '上一页',
	next: '下一页',
	readFull: (mark) => `阅读完整 ${mark}`,
	cite: (mark) => `引用 ${mark}`,
	post: (mark) => `发布 ${mark}`,
	delete: '删除',
	source: (symbol) => `来源：${symbol}`,
	notYourPages: '只有发起搜索的人可以翻页。请使用 `/conclusions` 进行自己的搜索。',
	notYourPost: '只有发布者可以删除此消息。',
	staleButton: '此按钮已失效（消息过旧或文本已更改）。请重新运行命令。',
	sharedBy: (user) => `${user} 分享：`,
	cannotPostHere: '此服务器不允许应用在此代您发布，因此只有您能看到回复。',
	oneAtATime: (shown, others, example) =>
		`一次只引用一个段落：现引用 ${shown}；如需 ${others}，请再次请求（${example}）。`,
	itemInside: (item, mark) => `第 ${item} 项在 ${mark} 中：\`/quote\` 引用整个段落，因此引用了整段。`,
	onePerQuote: '`/quote` 一次只引用一个段落。',
	continuesBelow: (mark, count) => `${mark} 超出单条 Discord 消息的长度：其余内容见下方 ${count} 条消息。`,
	continuesInReadFull: (mark, button) =>
		`${mark} 超出单条 Discord 消息的长度：显示至“…”；**${button}** 可私下查看其余内容。`,
	continued: (mark, part, parts) => `${mark}（续，${part}/${parts}）`,
	restAtSource: (mark) => `${mark} 的其余部分太长，无法在此发布：请阅读原文。`,
	citedInMessage: '该消息引用的段落',
	quotedInMessage: '该消息逐字引用的段落',
	citeTitle: (mark, symbol) => `引用 ${symbol} 的 ${mark}`,
	citePlain: '纯文本',
	citeAcademic: 'APA 格式',
	paragraphNeeded: (example, ranges) => `请给出段落编号，例如 ${example}。有效段落：${ranges}。`,
	notAParagraph: (typed, example, ranges) =>
		`${typed} 不是段落编号。请给出编号，例如 ${example}（有效段落：${ranges}），或用 \`/conclusions\` 按词语搜索。`,
	outOfRange: (typed, ranges) => `没有段落 ${typed}。有效段落：${ranges}。`,
	tryForms: (forms) => `请试试 ${forms}。`,
	whichSection: (typed, forms) => `${typed} 出现在不止一个部分中：是哪一部分？请先写出部分，例如 ${forms}。`,
	documentSymbol: (symbol, title, quote, search) =>
		`${symbol} 是文件《${title}》的文号，不是其正文中的词语。可用 ${quote} 从第一段读起（◀ ▶ 翻页），或用 ${search} 在其中搜索。`,
	chooseDocument: (documents, example, deploy) =>
		`已加载多个文件（${documents}）：请在段落前写明文件，例如 ${example}，或用 \`document\` 选择。如果 \`/quote\` 没有 \`document\` 选项，需要重新部署机器人的命令（${deploy}）。`,
	themesTitle: '结论的主题',
	themesFooter: '使用 /themes theme:<名称> 列出某一主题的段落。',
	noThemesYet: '还没有段落有主题：主题由数据文件夹的 themes.json 给出。',
	themeTitle: (label, count) => `${label} · ${count} ¶`,
	helpTitle: 'conclusions bot',
	help: {
		what: '逐字引用官方结论：搜索、分享段落、引用出处。',
		commandsTitle: '命令',
		conclusions: '与您的词语最匹配的段落',
		quote: '发布一个段落及其引文；◀ ▶ 继续阅读',
		themes: '所有主题，或某一主题的段落',
		find: '在任意消息上选择 **应用 → 在结论中查找** — 与其文本最接近的段落',
		optional: '[方括号] 中的选项为可选。',
		documentOption: (documents) => `\`document\` — 仅限某一文件的段落：${documents}`,
		andMore: (count) => `另有 ${count} 个`,
		syntaxTitle: '搜索语法',
		syntax: [
			'所有词语都必须出现（若没有段落全部包含，则显示最接近的）。',
			'`"use of force"` — 精确短语；`children -terrorism` — 排除某个词。',
			'支持词干、英式/美式拼写、连字符和拼写错误；也支持 `WMD`、`UNSC`、`CTC` 等缩写。',
		].join('\n'),
		documentsTitle: '文件',
		version: (version) => `语料版本 ${version}`,
	},
	findEmpty: '该消息没有可查找的文本。',
	findAttachmentsOnly: '该消息只有附件；我只能查找文本。',
	findTitle: (count) => `与该消息最接近的 ${count} 个段落：`,
	findNone: '没有与该消息相近的段落。',
	citedMissing: (symbol, mark, has) => `${symbol} 没有 ${mark}（只有 ${has}）。`,
	closeness: (shared, of) => `共有 ${of} 个关键词中的 ${shared} 个`,
	cooldown: (seconds) => `您搜索得太快了：请在 ${seconds} 秒后重试。`,
	error: '抱歉，回复时出错了。错误已记录；请稍后再试。',
	restarting: '机器人正在重启，请稍后再问一次。',
	unknownCommand: (name) => `本机器人已不再提供 \`/${name}\` 命令。`,
	unknownComponent: '此按钮已不再使用。请重新运行命令以获取新的回复。',
};
