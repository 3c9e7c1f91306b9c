/** A promise's value if it settles within `ms`, else `'late'` (it goes on; its value can still be awaited). */
export async function settledWithin<T>(work: Promise<T>, ms: number): Promise<T | 'late'> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
	try {
		return await Promise.race([work, late]);
	} finally {
		clearTimeout(timer);
	}
}
