import type { Messages } from './en.ts';

/** 機器人的繁體中文文字（引用的原文保持原語言）。 */
export const zhTW: Messages = {
	quotes: ['「', '」'],
	matches: (count, query, within, page) => `${query}${within}符合 **${count}** 個段落${page ? `（${page}）` : ''}：`,
	matchesAndMore: (count, more, query, within, page, oneWord = false) =>
		oneWord
			? `**${count}** 個段落包含 ${query}${within}，另有 **${more}** 個段落僅屬其主題${page ? `（${page}）` : ''}：`
			: `${query}${within}的全部詞語出現在 **${count}** 個段落中，另有 **${more}** 個段落只含部分詞語或僅屬其主題${page ? `（${page}）` : ''}：`,
	partial: (count, query, within, page) =>
		`沒有段落包含 ${query}${within}的全部詞語；顯示 **${count}** 個部分符合中最接近的${page ? `（${page}）` : ''}：`,
	page: (page, pages) => `第 ${page}/${pages} 頁`,
	matched: '符合',
	inTheme: (label) => `（主題 **${label}**）`,
	inDocument: (symbol) => `（文件 **${symbol}**）`,
	otherDocumentsMatch: (found, more) =>
		`其他文件有符合的段落：${found}${more > 0 ? `等（另有 ${more} 份）` : ''}。去掉 **document:** 即可查看。`,
	unclosedQuote: '引號未閉合，因此其中的詞語被逐一搜尋。',
	quotedApart: '沒有段落連續包含引號中的詞語，因此這些詞語被逐一搜尋。',
	noMatch: (query, within) => `沒有段落符合 ${query}${within}。`,
	related: '依相關詞最接近的段落——沒有一段包含您輸入的全部詞：',
	relatedNone: '依相關詞最接近的段落——沒有一段包含您輸入的詞：',
	unstated: {
		count: (query, within) => `沒有段落給出 ${query} 所問的數字${within}。`,
		amount: (query, within) => `沒有段落給出 ${query} 所問的金額${within}。`,
		figure: (query, within) => `沒有段落給出 ${query} 所問的數字${within}。`,
		definition: (query, within) => `沒有段落給出 ${query} 所問的定義${within}。`,
		attendance: (query, within) => `沒有段落列出 ${query} 所問的參與者${within}。`,
		funding: (query, within) => `沒有段落說明 ${query} 所問的資金來源${within}。`,
		place: (query, within) => `沒有段落說明 ${query} 所問的地點${within}。`,
		time: (query, within) => `沒有段落說明 ${query} 所問的時間${within}。`,
		frequency: (query, within) => `沒有段落說明 ${query} 所問的頻率${within}。`,
	},
	inThemeDescription: (query, label, id) =>
		`${query} 屬於主題 **${label}** 的範圍：用 \`/themes theme:${id}\` 列出該主題的段落。`,
	inDetails: (query, symbol, detail, value) =>
		`沒有段落的正文含有 ${query}，但 ${symbol} 的文件資訊中有——${{ author: '作者', title: '標題', place: '地點', publisher: '出版者' }[detail]}：${value}。`,
	unstatedRelated: '包含您所輸入詞語的段落——均未說明這一點：',
	didYouMean: (words) => `您是不是要找 ${words}？`,
	or: '或',
	tryThemes: (themes, example) =>
		themes === ''
			? '請嘗試其他英文詞語。'
			: `請嘗試其他英文詞語，或以下主題之一：${themes}${example === undefined ? '' : `（例如 \`${example}\`）`}。`,
	emptyQuery: '請輸入要搜尋的詞語，例如 `/conclusions query:terrorism`。',
	onlyMentions:
		'提及（成員、身分組、所有人）和頻道不會被搜尋：請輸入要搜尋的詞語，例如 `/conclusions query:terrorism`。',
	onlyQuestion: (query) =>
		`${query} 只是一個疑問詞：請說明要問什麼，例如 \`/conclusions where was the meeting held\`。`,
	onlyStopWords: (query) =>
		`${query} 中沒有可搜尋的詞語（「the」等常見詞會被忽略）。請嘗試例如 \`/conclusions query:human rights\`。`,
	onlyExclusions: (query) => `${query} 只排除了詞語。請加入要搜尋的詞語，例如 \`children -terrorism\`。`,
	unknownTheme: (theme, themes) => `沒有主題 ${theme}。主題有：${themes}。`,
	unknownThemeMeant: (theme, label, id, themes) =>
		`沒有主題 ${theme}。您是要找 **${label}**（\`theme:${id}\`）嗎？主題有：${themes}。`,
	themeWithoutParagraphs: (label, themes) => `已載入的結論中還沒有段落屬於主題 **${label}**。有段落的主題：${themes}。`,
	themeWithoutWords: (label, id) =>
		`請輸入要在 **${label}** 中搜尋的詞語，或用 \`/themes theme:${id}\` 查看其所有段落。`,
	unknownDocument: (document, documents) => `沒有文件 ${document}。文件有：${documents}。`,
	severalDocumentsNamed: (document, documents) =>
		`有多個文件的名稱含有 ${document}（${documents}）：請用文號指明其中一個。`,
	onlyOneDocument: (document, loaded) =>
		`沒有文件 ${document}，也無須選擇：只載入了 ${loaded}。請不要填寫 \`document\`。`,
	themes: '主題',
	noThemeYet: '尚無主題',
	paragraphsCount: (count) => `${count} ¶`,
	previous: '上一頁',
	next: '下一頁',
	readFull: (mark) => `閱讀完整 ${mark}`,
	cite: (mark) => `引用 ${mark}`,
	post: (mark) => `發布 ${mark}`,
	delete: '刪除',
	source: (symbol) => `來源：${symbol}`,
	notYourPages: '只有發起搜尋的人可以翻頁。請使用 `/conclusions` 進行自己的搜尋。',
	notYourPost: '只有發布者可以刪除此訊息。',
	staleButton: '此按鈕已失效（訊息過舊或文字已變更）。請重新執行命令。',
	sharedBy: (user) => `${user} 分享：`,
	cannotPostHere: '此伺服器不允許應用程式在此代您發布，因此只有您能看到回覆。',
	oneAtATime: (shown, others, example) =>
		`一次只引用一個段落：現引用 ${shown}；如需 ${others}，請再次請求（${example}）。`,
	itemInside: (item, mark) => `第 ${item} 項在 ${mark} 中：\`/quote\` 引用整個段落，因此引用了整段。`,
	onePerQuote: '`/quote` 一次只引用一個段落。',
	continuesBelow: (mark, count) => `${mark} 超出單則 Discord 訊息的長度：其餘內容見下方 ${count} 則訊息。`,
	continuesInReadFull: (mark, button) =>
		`${mark} 超出單則 Discord 訊息的長度：顯示至「…」；**${button}** 可私下查看其餘內容。`,
	continued: (mark, part, parts) => `${mark}（續，${part}/${parts}）`,
	restAtSource: (mark) => `${mark} 的其餘部分太長，無法在此發布：請閱讀原文。`,
	citedInMessage: '該訊息引用的段落',
	quotedInMessage: '該訊息逐字引用的段落',
	citeTitle: (mark, symbol) => `引用 ${symbol} 的 ${mark}`,
	citePlain: '純文字',
	citeAcademic: 'APA 格式',
	paragraphNeeded: (example, ranges) => `請提供段落編號，例如 ${example}。有效段落：${ranges}。`,
	notAParagraph: (typed, example, ranges) =>
		`${typed} 不是段落編號。請提供編號，例如 ${example}（有效段落：${ranges}），或用 \`/conclusions\` 依詞語搜尋。`,
	outOfRange: (typed, ranges) => `沒有段落 ${typed}。有效段落：${ranges}。`,
	tryForms: (forms) => `請試試 ${forms}。`,
	whichSection: (typed, forms) => `${typed} 出現在不止一個部分中：是哪一部分？請先寫出部分，例如 ${forms}。`,
	documentSymbol: (symbol, title, quote, search) =>
		`${symbol} 是文件《${title}》的文號，不是其正文中的詞語。可用 ${quote} 從第一段讀起（◀ ▶ 翻頁），或用 ${search} 在其中搜尋。`,
	chooseDocument: (documents, example, deploy) =>
		`已載入多個文件（${documents}）：請在段落前寫明文件，例如 ${example}，或用 \`document\` 選擇。如果 \`/quote\` 沒有 \`document\` 選項，需要重新部署機器人的命令（${deploy}）。`,
	themesTitle: '結論的主題',
	themesFooter: '使用 /themes theme:<名稱> 列出某一主題的段落。',
	noThemesYet: '還沒有段落有主題：主題由資料資料夾的 themes.json 給出。',
	themeTitle: (label, count) => `${label} · ${count} ¶`,
	helpTitle: 'conclusions bot',
	help: {
		what: '逐字引用官方結論：搜尋、分享段落、引用出處。',
		commandsTitle: '命令',
		conclusions: '與您的詞語最符合的段落',
		quote: '發布一個段落及其引文；◀ ▶ 繼續閱讀',
		themes: '所有主題，或某一主題的段落',
		find: '在任一訊息上選擇 **應用程式 → 在結論中尋找** — 與其文字最接近的段落',
		optional: '[方括號] 中的選項為選填。',
		documentOption: (documents) => `\`document\` — 僅限某一文件的段落：${documents}`,
		andMore: (count) => `另有 ${count} 個`,
		syntaxTitle: '搜尋語法',
		syntax: [
			'所有詞語都必須出現（若沒有段落全部包含，則顯示最接近的）。',
			'`"use of force"` — 精確片語；`children -terrorism` — 排除某個詞。',
			'支援詞幹、英式/美式拼寫、連字號和拼寫錯誤；也支援 `WMD`、`UNSC`、`CTC` 等縮寫。',
		].join('\n'),
		documentsTitle: '文件',
		version: (version) => `語料版本 ${version}`,
	},
	findEmpty: '該訊息沒有可查找的文字。',
	findAttachmentsOnly: '該訊息只有附件；我只能查找文字。',
	findTitle: (count) => `與該訊息最接近的 ${count} 個段落：`,
	findNone: '沒有與該訊息相近的段落。',
	citedMissing: (symbol, mark, has) => `${symbol} 沒有 ${mark}（只有 ${has}）。`,
	closeness: (shared, of) => `共有 ${of} 個關鍵詞中的 ${shared} 個`,
	cooldown: (seconds) => `您搜尋得太快了：請在 ${seconds} 秒後重試。`,
	error: '抱歉，回覆時出錯了。錯誤已記錄；請稍後再試。',
	restarting: '機器人正在重新啟動，請稍後再問一次。',
	unknownCommand: (name) => `本機器人已不再提供 \`/${name}\` 命令。`,
	unknownComponent: '此按鈕已不再使用。請重新執行命令以取得新的回覆。',
};
