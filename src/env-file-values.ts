/**
 * The values a settings file (`.env`) gave each environment it was loaded into (see `loadEnvironment`). A command the
 * tools print for the reader to type carries the variables it acts on, but not those the same file gives again when
 * the command is run: `DISCORD_APPLICATION_ID=… npm run deploy` reads as if `.env` were not used.
 */
const given = new WeakMap<NodeJS.ProcessEnv, Map<string, string>>();

export function noteFileValue(env: NodeJS.ProcessEnv, name: string, value: string): void {
	const values = given.get(env) ?? new Map<string, string>();
	values.set(name, value);
	given.set(env, values);
}

/** The value `env` took for `name` from its settings file, when it still has it. */
export function fileValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
	const value = given.get(env)?.get(name);
	return value !== undefined && env[name] === value ? value : undefined;
}
