import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord-api-types/v10';
import { LIMITS } from './limits.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** A button that talks back to the bot. */
export function actionButton(
	label: string,
	customId: string,
	{
		style = ButtonStyle.Secondary,
		disabled = false,
	}: { style?: Exclude<ButtonStyle, ButtonStyle.Link | ButtonStyle.Premium>; disabled?: boolean } = {},
): APIButtonComponent {
	return {
		type: ComponentType.Button,
		style,
		label: label.slice(0, LIMITS.buttonLabel),
		custom_id: customId,
		disabled,
	};
}

/** A button that opens a page. */
export function linkButton(label: string, url: string): APIButtonComponent {
	return { type: ComponentType.Button, style: ButtonStyle.Link, label: label.slice(0, LIMITS.buttonLabel), url };
}

/** Rows of at most five buttons; empty rows are dropped, and at most five rows are kept. */
export function rows(...groups: APIButtonComponent[][]): ButtonRow[] {
	const result: ButtonRow[] = [];
	for (const group of groups) {
		for (let i = 0; i < group.length && result.length < LIMITS.actionRows; i += LIMITS.buttonsPerRow) {
			result.push({ type: ComponentType.ActionRow, components: group.slice(i, i + LIMITS.buttonsPerRow) });
		}
	}
	return result;
}
