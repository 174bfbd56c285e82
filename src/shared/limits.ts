// Plain constants of the sidebar-server contract, in a file without zod so the sidebar can import them.

/** Open orders the sidebar receives at most; the list says "showing N of M" beyond it. */
export const OPEN_ORDERS_LIMIT = 2000;

/** Views the sidebar can open in; the menu picks one. */
export const SIDEBAR_VIEWS = ['order', 'list', 'items', 'inquiry', 'settings'] as const;
export type SidebarView = (typeof SIDEBAR_VIEWS)[number];

/** Open items the sidebar lists (the most overdue first); the receivables dialog lists them all. */
export const SIDEBAR_OPEN_ITEMS = 8;
