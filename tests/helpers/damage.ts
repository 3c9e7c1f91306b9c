import { readFileSync, truncateSync, writeFileSync } from 'node:fs';

/** Ways a snapshot file is found damaged (a crash mid-write, a disk error, another program): each must read as corrupt. */
export const DAMAGES: [string, (file: string) => void][] = [
	['garbage', (file) => writeFileSync(file, 'not a snapshot at all')],
	['a file cut short', (file) => truncateSync(file, Math.floor(readFileSync(file).length / 2))],
	[
		'a changed byte',
		(file) => {
			const bytes = readFileSync(file);
			const at = bytes.length - 10;
			bytes[at] = (bytes[at] ?? 0) ^ 1;
			writeFileSync(file, bytes);
		},
	],
];
