import type { BotCore } from '../core/bot-core.ts';

/** Said on stderr (beside the logs) when a search starts making a table: the first such search takes seconds. */
export const MAKING_TABLES_NOTE = 'Making the search tables for this corpus: a few seconds…';

/** Says `MAKING_TABLES_NOTE` once, when the index starts making a table in this thread (see `onMaking`). */
export function noteTableMaking(core: BotCore, say: (line: string) => void): void {
	let said = false;
	core.context.index.onMaking = () => {
		if (!said) say(`${MAKING_TABLES_NOTE}\n`);
		said = true;
	};
}
