/**
 * Interface texts of import, export, notifications and counterparty editing. Kept in their own file and merged into `messages.ts`; Dutch
 * defines the keys and English is typed against it, as there.
 */
export const registerToolsNl = {} satisfies Record<string, string>;

export const registerToolsEn: Record<keyof typeof registerToolsNl, string> = {};
