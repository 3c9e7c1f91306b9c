import { ApplicationIntegrationType, InteractionContextType } from 'discord-api-types/v10';

interface Reachable {
	setIntegrationTypes(...types: ApplicationIntegrationType[]): unknown;
	setContexts(...contexts: InteractionContextType[]): unknown;
}

/**
 * Installable to servers and to users, usable in servers, in DMs with the bot and in other DMs. Written out on every
 * command because Discord fills in defaults otherwise, and deploy would see a difference each time.
 */
export function everywhere<T extends Reachable>(builder: T): T {
	builder.setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
	builder.setContexts(
		InteractionContextType.Guild,
		InteractionContextType.BotDM,
		InteractionContextType.PrivateChannel,
	);
	return builder;
}
