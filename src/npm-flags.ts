import { commandToType, type CarriedVariable } from './command-to-type.ts';

/**
 * Flags that npm kept for itself. `npm run deploy --dry-run` (without `--` before the flag) does not pass `--dry-run`
 * to the script: npm reads it as its own setting and hands it over only as `npm_config_dry_run=true` in the script's
 * environment (`--title x` becomes `npm_config_title=true`, and `x` a word of the script's). A tool that read only its
 * arguments would do what was not asked: a real deploy instead of a dry run, plain text instead of `--json`.
 *
 * Each tool lists its flags: those that only make it do less or print otherwise (`--dry-run`, `--json`, `--check`)
 * are read anyway, with a note; the others (a value, `--force`) are refused with the command to type instead.
 *
 * How npm (10 and 11) hands the words over: those typed before `--` first, in the order typed, then those after it;
 * where a flag stood among them is lost. So the word that was a flag's value is found by what it can be (`--limit`
 * takes a number) and by what the tool's own words must be (import takes one file, which exists): when one reading
 * fits, the command to type puts the value back after its flag; when a few do, each is offered.
 */

/** How a tool treats one of its flags when npm took it. */
export interface NpmFlag {
	/** As typed, without the dashes: `dry-run`. */
	name: string;
	/** `read`: a flag that only makes the tool do less or print otherwise; `refuse`: everything else. */
	when: 'read' | 'refuse';
	/** Whether it takes a value (`--title <title>`). */
	takesValue?: boolean;
	/** Whether a word can be its value (`--limit`: a whole number); any word when not given. */
	fits?: (word: string) => boolean;
}

/**
 * How well the words left for the tool itself (its flags taken out) fit it: `yes` (import: one file, which exists),
 * `maybe` (one file, not found: a typo, still a reading to offer), `no` (two files).
 */
export type WordsFit = (words: readonly string[]) => 'yes' | 'maybe' | 'no';

/** What a tool says of its words and of the variables its command to type must carry. */
export interface NpmTool {
	/** How the tool's own words fit a reading (see `WordsFit`); any words fit when not given. */
	words?: WordsFit;
	/** The variables a command to type carries when set (besides DATA_DIR and DOTENV_CONFIG_PATH). */
	carry?: readonly CarriedVariable[];
}

/** What to do with the arguments. */
export type NpmFlagOutcome = { kind: 'run'; argv: string[]; notes: string[] } | { kind: 'refuse'; message: string };

/** The variable npm sets for `--<name>`: dashes become underscores. */
const variableOf = (name: string) => `npm_config_${name.replace(/-/gu, '_')}`;

/** Readings beyond which the command to type is not spelt out once per reading. */
const MOST_READINGS = 3;

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

/** One reading of the words: which word (by its place in argv) was the value of which flag. */
type Reading = { values: Map<NpmFlag, number>; fit: 'yes' | 'maybe' };

/**
 * Every way the words npm passed on can hold the values of `lost` (flags typed with a value that npm took), best
 * fitting first: each value a word that is no flag and fits its flag, the words left fitting the tool.
 */
function readings(argv: readonly string[], lost: readonly NpmFlag[], tool: NpmTool): Reading[] {
	const found: Reading[] = [];
	const assign = (at: number, used: Map<NpmFlag, number>) => {
		if (found.length > 100) return;
		const flag = lost[at];
		if (flag === undefined) {
			const chosen = new Set(used.values());
			const left = argv.filter((word, index) => !chosen.has(index) && !word.startsWith('-'));
			const fit = tool.words?.(left) ?? 'yes';
			if (fit !== 'no') found.push({ values: new Map(used), fit });
			return;
		}
		argv.forEach((word, index) => {
			if (word.startsWith('-') || [...used.values()].includes(index) || !(flag.fits?.(word) ?? true)) return;
			used.set(flag, index);
			assign(at + 1, used);
			used.delete(flag);
		});
	};
	assign(0, new Map());
	const best = found.some((reading) => reading.fit === 'yes') ? 'yes' : 'maybe';
	return found.filter((reading) => reading.fit === best);
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
	tool: NpmTool = {},
): NpmFlagOutcome {
	const taken = takenByNpm(env, flags).filter(({ flag }) => !argv.includes(`--${flag.name}`));
	if (taken.length === 0) return { kind: 'run', argv: [...argv], notes: [] };
	// `--title=x` keeps its value in the variable; `--title x` leaves `true` there and `x` among the words.
	const lost = taken.filter(({ flag, value }) => flag.takesValue === true && value === 'true').map(({ flag }) => flag);
	const found =
		lost.length === 0 ? [{ values: new Map<NpmFlag, number>(), fit: 'yes' as const }] : readings(argv, lost, tool);
	const typedFor = (reading: Reading) => {
		const moved = new Set(reading.values.values());
		const flagWords = taken.flatMap(({ flag, value }) => {
			const at = reading.values.get(flag);
			if (at !== undefined) return [`--${flag.name}`, argv[at] ?? ''];
			if (value !== 'true') return [`--${flag.name}=${value}`];
			return [`--${flag.name}`];
		});
		return commandToType(script, [...argv.filter((_, index) => !moved.has(index)), ...flagWords], env, tool.carry);
	};
	const names = taken.map(({ flag }) => `--${flag.name}`).join(', ');
	const values = lost.map((flag) => `--${flag.name}`).join(', ');
	let retype: string;
	if (found.length === 1 && found[0] !== undefined) retype = `  ${typedFor(found[0])}`;
	else if (found.length > 1 && found.length <= MOST_READINGS) {
		retype =
			`  ${found.map(typedFor).join('\n  ')}\n` +
			`(npm passed the value of ${values} on as a word, and not where it stood: type the line that reads as you meant)`;
	} else {
		// Too many readings (or none) to spell out: the words as npm passed them, and what to do with them.
		retype =
			`  ${commandToType(script, [...argv, ...taken.map(({ flag }) => `--${flag.name}`)], env, tool.carry)}\n` +
			`(npm passed the value of ${values} on as a word: move it back after its flag)`;
	}
	if (taken.some(({ flag }) => flag.when === 'refuse')) {
		const type = found.length > 1 && found.length <= MOST_READINGS ? 'type one of' : 'type';
		return {
			kind: 'refuse',
			message: `${script}: npm kept ${names} for itself, so nothing was done. Flags go after \`--\`; ${type}:\n${retype}`,
		};
	}
	return {
		kind: 'run',
		argv: [...argv, ...taken.map(({ flag }) => `--${flag.name}`)],
		notes: [`(npm kept ${names} for itself; read anyway. Flags go after \`--\`: ${retype.trim()})`],
	};
}
