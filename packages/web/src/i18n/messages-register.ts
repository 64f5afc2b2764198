/**
 * Interface texts of the register screens (dashboard, relationship list and detail, history). Kept in their own file and merged into `messages.ts`; Dutch
 * defines the keys and English is typed against it, as there.
 */
export const registerNl = {} satisfies Record<string, string>;

export const registerEn: Record<keyof typeof registerNl, string> = {};
