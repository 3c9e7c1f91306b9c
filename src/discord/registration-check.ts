import { OAuth2Scopes, Routes } from 'discord-api-types/v10';
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { REST } from '@discordjs/rest';
import type { Logger } from '../logger.ts';
import { onDataDir } from '../command-to-type.ts';
import { sameCommands } from './deploy.ts';

/** As the developer portal's URL Generator writes it. */
const AUTHORIZE = 'https://discord.com/oauth2/authorize';

/** The link that adds the bot to a server with its slash commands (no permissions needed). */
export function inviteUrl(applicationId: string): string {
	const query = new URLSearchParams({
		client_id: applicationId,
		scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
	});
	return `${AUTHORIZE}?${query.toString()}`;
}

export interface RegistrationCheck {
	rest: REST;
	/** The bot's own application id, from the gateway's READY. */
	applicationId: string;
	/** DISCORD_APPLICATION_ID, if set: deploy registers there. */
	configuredApplicationId: string | undefined;
	guildId: string | undefined;
	commands: readonly RESTPostAPIApplicationCommandsJSONBody[];
	/** DATA_DIR, if set: the deploy to run must read the same folder (its documents give the `document` option). */
	dataDir?: string | undefined;
	logger: Logger;
}

/**
 * Says at start-up what a new bot still needs: with no command registered, nobody can use it, and a first-time
 * operator does not know why. Reads the global commands (and DISCORD_GUILD_ID's, when set) and logs what to do:
 * run `npm run deploy`, and the invite link; and, when both scopes hold commands, that the server shows each twice and
 * how to remove one set. Never fails the start: a check that cannot be made is a warning.
 */
export async function checkRegistration({
	rest,
	applicationId,
	configuredApplicationId,
	guildId,
	commands,
	dataDir,
	logger,
}: RegistrationCheck): Promise<void> {
	const deploy = `\`${onDataDir('npm run deploy', dataDir)}\``;
	if (configuredApplicationId !== undefined && configuredApplicationId !== applicationId) {
		logger.warn(
			{ applicationId },
			`DISCORD_APPLICATION_ID is not this bot's application (${applicationId}): set it to that id, or deploy registers the commands elsewhere`,
		);
	}
	const query = new URLSearchParams({ with_localizations: 'true' });
	let registered: unknown[];
	try {
		const scopes = [Routes.applicationCommands(applicationId)];
		if (guildId !== undefined) scopes.push(Routes.applicationGuildCommands(applicationId, guildId));
		const lists = await Promise.all(scopes.map((route) => rest.get(route, { query }) as Promise<unknown[]>));
		registered = lists.find((list) => list.length > 0) ?? [];
		const [global, guild] = lists;
		if (guildId !== undefined && global?.length && guild?.length) {
			logger.warn(
				{ global: global.length, guild: guild.length },
				`commands are registered both globally and on server ${guildId}: its members see each command twice, and the set deployed less recently goes stale. Keep one: \`${onDataDir('npm run deploy -- --remove', undefined)}\` removes the server's, \`${onDataDir('npm run deploy -- --remove --global', undefined)}\` the global ones`,
			);
		}
	} catch (error) {
		logger.warn({ err: error }, 'could not read the registered commands');
		return;
	}
	const invite = inviteUrl(applicationId);
	if (registered.length === 0) {
		logger.warn(
			{ invite },
			`no slash commands are registered for this application${guildId ? ` (globally or in server ${guildId})` : ''}: run ${deploy}, then invite the bot with ${invite}`,
		);
	} else if (!sameCommands(registered, commands)) {
		logger.warn(`the registered commands differ from this version of the bot: run ${deploy}`);
	} else {
		logger.info({ invite }, 'commands registered');
	}
}
