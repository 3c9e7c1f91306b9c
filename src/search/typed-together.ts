/**
 * Whether `words[i]` and the word after it stood next to each other as typed: no small word dropped between them, and
 * no comma, semicolon or colon. Words of a list ("juntas in Bamako, Ouagadougou and Niamey") are each a word of their
 * own, not one name or phrase: read as one name the text lacks, neither was the capital of the text's country.
 */
export function typedTogether(query: string, typed: readonly string[], words: readonly string[], i: number): boolean {
	// `words` keeps the typed words' order: find the i-th, then see whether the next typed word is the next kept one.
	let kept = 0;
	for (let j = 0; j < typed.length; j += 1) {
		if (typed[j] !== words[kept]) continue;
		if (kept === i) {
			const [word, next] = [typed[j], typed[j + 1]];
			return word !== undefined && next !== undefined && next === words[i + 1] && !listedApart(query, word, next);
		}
		kept += 1;
	}
	return false;
}

/** Whether the query writes the two words with a comma, semicolon or colon between them. */
function listedApart(query: string, word: string, next: string): boolean {
	if (!/[,;:]/u.test(query)) return false;
	const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}\\s*[,;:]\\s*${escape(next)}(?![\\p{L}\\p{N}])`, 'iu').test(
		query,
	);
}
