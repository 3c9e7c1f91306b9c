/**
 * Buttons are stateless: everything a button needs is in its `custom_id` (at most 100 characters) or in the message
 * it sits on, so buttons keep working after a restart and on any shard. Format: `action:arg:arg…`.
 */
export const Action = {
	/** A page of search results: `pg:<page>:<theme id>:<document slug>`; the query is read from the message. */
	page: 'pg',
	/** The whole paragraph, privately: `full:<paragraph id>`. */
	full: 'full',
	/** A citation, privately: `cite:<paragraph id>`. */
	cite: 'cite',
	/** Post a paragraph in the channel: `post:<paragraph id>`. */
	post: 'post',
	/** Delete a public post: `del`. */
	delete: 'del',
	/** Show another paragraph in a quote: `q:<paragraph id>`. */
	quote: 'q',
	/** A page of one theme's paragraphs: `tp:<theme id>:<page>`. */
	themePage: 'tp',
} as const;
export type ActionName = (typeof Action)[keyof typeof Action];

const MAX_CUSTOM_ID = 100;

export function customId(action: ActionName, ...args: (string | number)[]): string {
	const id = [action, ...args].join(':');
	if (id.length > MAX_CUSTOM_ID)
		throw new Error(`buttons: custom_id "${id.slice(0, 40)}…" is over ${MAX_CUSTOM_ID} characters`);
	return id;
}

/** The arguments of a custom_id (after the action); `undefined` when malformed. */
export function customIdArgs(id: string, action: ActionName, count: number): string[] | undefined {
	const parts = id.split(':');
	if (parts[0] !== action || parts.length !== count + 1) return undefined;
	return parts.slice(1);
}
