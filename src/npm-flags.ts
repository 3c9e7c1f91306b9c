/**
 * Flags that npm kept for itself. `npm run deploy --dry-run` (without `--` before the flag) does not pass `--dry-run`
 * to the script: npm reads it as its own setting and hands it over only as `npm_config_dry_run=true` in the script's
 * environment (`--title x` becomes `npm_config_title=true`, and `x` a word of the script's). A tool that read only its
 * arguments would do what was not asked: a real deploy instead of a dry run, plain text instead of `--json`.
 *
 * Each tool lists its flags: those that only make it do less or print otherwise (`--dry-run`, `--json`, `--check`)
 * are read anyway, with a note; the others (a value, `--force`) are refused with the command to type instead.
 */

/** How a tool treats one of its flags when npm took it. */
export interface NpmFlag {
	/** As typed, without the dashes: `dry-run`. */
	name: string;
	/** `read`: a flag that only makes the tool do less or print otherwise; `refuse`: everything else. */
	when: 'read' | 'refuse';
	/** Whether it takes a value (`--title <title>`). */
	takesValue?: boolean;
}

/** What to do with the arguments. */
export type NpmFlagOutcome = { kind: 'run'; argv: string[]; notes: string[] } | { kind: 'refuse'; message: string };

/** The variable npm sets for `--<name>`: dashes become underscores. */
const variableOf = (name: string) => `npm_config_${name.replace(/-/gu, '_')}`;

/** A shell word for a suggestion: quoted unless plain. */
const shellWord = (word: string) => (/^[\w./:=@%+,-]+$/u.test(word) ? word : `'${word.replace(/'/gu, `'\\''`)}'`);

/**
 * The flags of `flags` that npm took: set (not empty, not `false`, which `--no-json` gives) in the environment of a
 * script npm runs. Outside npm (`node scripts/launch.mjs …`) such variables mean nothing and are not looked at.
 */
export function takenByNpm(env: NodeJS.ProcessEnv, flags: readonly NpmFlag[]): { flag: NpmFlag; value: string }[] {
	if (env.npm_lifecycle_event === undefined) return [];
	return flags.flatMap((flag) => {
		const value = env[variableOf(flag.name)];
		return value === undefined || value === '' || value === 'false' ? [] : [{ flag, value }];
	});
}

/**
 * The arguments a tool should act on, given what npm took from them (see the module's comment), or the refusal to
 * print (exit code 2). `script` is the npm script's name (`deploy`), for the command to type.
 */
export function readNpmFlags(
	script: string,
	argv: readonly string[],
	env: NodeJS.ProcessEnv,
	flags: readonly NpmFlag[],
): NpmFlagOutcome {
	const taken = takenByNpm(env, flags).filter(({ flag }) => !argv.includes(`--${flag.name}`));
	if (taken.length === 0) return { kind: 'run', argv: [...argv], notes: [] };
	// `--title=x` keeps its value in the variable; `--title x` leaves `true` there and `x` among the words.
	const lostValue = taken.some(({ flag, value }) => flag.takesValue === true && value === 'true');
	const typed = taken.map(({ flag, value }) => {
		if (value !== 'true') return `--${flag.name}=${shellWord(value)}`;
		return flag.takesValue === true ? `--${flag.name} "…"` : `--${flag.name}`;
	});
	const retype = `npm run ${script} -- ${[...argv.map(shellWord), ...typed].join(' ')}`;
	const names = taken.map(({ flag }) => `--${flag.name}`).join(', ');
	if (taken.some(({ flag }) => flag.when === 'refuse')) {
		return {
			kind: 'refuse',
			message:
				`${script}: npm kept ${names} for itself, so nothing was done. Flags go after \`--\`; type:\n  ${retype}` +
				(lostValue ? '\n(npm passed the value typed after the flag on as a word: move it back after the flag)' : ''),
		};
	}
	return {
		kind: 'run',
		argv: [...argv, ...taken.map(({ flag }) => `--${flag.name}`)],
		notes: [`(npm kept ${names} for itself; read anyway. Flags go after \`--\`: ${retype})`],
	};
}
