import { en, type Messages } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zhCN } from './zh-cn.ts';
import { zhTW } from './zh-tw.ts';

/** Discord locales of the UN official languages that Discord supports (it has no Arabic locale). */
export const SUPPORTED_LOCALES = ['fr', 'es-ES', 'es-419', 'ru', 'zh-CN', 'zh-TW'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const CATALOGS: Record<string, Messages> = { fr, 'es-ES': es, 'es-419': es, ru, 'zh-CN': zhCN, 'zh-TW': zhTW };

/** The catalog for a Discord locale; English for any other. */
export function messagesFor(locale: string | undefined): Messages {
	return (locale !== undefined ? CATALOGS[locale] : undefined) ?? en;
}

export type { Messages };
