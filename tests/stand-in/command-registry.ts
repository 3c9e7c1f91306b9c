import { snowflake } from './fixtures.ts';
import { errors } from './rest-helpers.ts';
import type { InteractionSpec } from './interaction.ts';
import { validateCommand } from './validate-message.ts';

export type RegisteredCommand = Record<string, unknown>;

/** The application's commands by scope (`global` or a guild id), registered by bulk overwrite as Discord does. */
export class CommandRegistry {
	readonly byScope = new Map<string, RegisteredCommand[]>();

	/** PUT: validates like Discord, then stores the commands with what Discord adds (ids, version, defaults). */
	overwrite(scope: string, body: unknown, applicationId: string): RegisteredCommand[] {
		if (!Array.isArray(body)) throw errors.invalidFormBody(['body must be an array of commands']);
		const commands = body as RegisteredCommand[];
		const problems = commands.flatMap(validateCommand);
		const names = commands.map((c) => `${Number(c.type ?? 1)}:${c.name as string}`);
		if (new Set(names).size !== names.length) problems.push('duplicate command names');
		if (problems.length > 0) throw errors.invalidFormBody(problems);
		const registered = commands.map((command) => ({
			id: snowflake(),
			application_id: applicationId,
			version: snowflake(),
			default_member_permissions: null,
			type: 1,
			nsfw: false,
			...(scope === 'global' ? { dm_permission: true, integration_types: [0], contexts: null } : { guild_id: scope }),
			...command,
		}));
		this.byScope.set(scope, registered);
		return registered;
	}

	/** GET: as Discord, the localization maps only on request, else the current locale's strings. */
	list(scope: string, withLocalizations: boolean): RegisteredCommand[] {
		const registered = this.byScope.get(scope) ?? [];
		if (withLocalizations) return registered;
		return registered.map(({ name_localizations: _n, description_localizations: _d, ...command }) => ({
			...command,
			name_localized: command.name,
			description_localized: command.description,
		}));
	}

	/** A slash command interaction with options given as name → value, typed as the registered command says. */
	commandSpec(
		name: string,
		options: Record<string, string | number | boolean>,
		extra: Partial<InteractionSpec> = {},
	): InteractionSpec {
		const registered = [...this.byScope.values()].flat().find((c) => c.name === name);
		const optionTypes = new Map(
			((registered?.options ?? []) as { name: string; type: number }[]).map((o) => [o.name, o.type]),
		);
		const typeOf = (value: string | number | boolean) =>
			typeof value === 'boolean' ? 5 : typeof value === 'number' ? 10 : 3;
		return {
			type: 2,
			data: {
				id: typeof registered?.id === 'string' ? registered.id : snowflake(),
				name,
				type: 1,
				options: Object.entries(options).map(([option, value]) => ({
					name: option,
					type: optionTypes.get(option) ?? typeOf(value),
					value,
				})),
			},
			...extra,
		};
	}
}
