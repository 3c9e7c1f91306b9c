import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, seedDataDir } from './spawn-npm.ts';

/** What a user's checkout needs to run `npm start` and `npm run deploy` (tests and tooling stay out). */
const PROJECT_FILES = [
	'package.json',
	'package-lock.json',
	'tsconfig.json',
	'.env.example',
	'src',
	'commands',
	'scripts/launch.mjs',
	'scripts/launch-bundle.mjs',
	'scripts/launch-entry.mjs',
];

/**
 * A copy of the project in a temporary folder whose path has a space in it (as `~/My Bots/…` does), with
 * `node_modules` linked to this checkout's rather than installed again. `remove()` deletes it.
 */
export function copyProject(): { dir: string; remove(): void } {
	const dir = join(mkdtempSync(join(tmpdir(), 'conclusions bot ')), 'my bot');
	for (const file of PROJECT_FILES) cpSync(join(ROOT, file), join(dir, file), { recursive: true });
	// The bundled data with SG/2084 as its only document, as a checkout's data/: what the tests quote stays put when
	// documents are added to data/.
	cpSync(seedDataDir(), join(dir, 'data'), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) };
}

/** `.env` text with `NAME=` lines filled in, as a user edits a copy of `.env.example`. */
export function fillEnv(text: string, values: Record<string, string>): string {
	let filled = text;
	for (const [name, value] of Object.entries(values)) {
		const line = new RegExp(`^${name}=$`, 'm');
		if (!line.test(filled)) throw new Error(`.env.example has no empty ${name}= line`);
		filled = filled.replace(line, `${name}=${value}`);
	}
	return filled;
}
