// Sidebar and dialog texts in German and English.
export const uiDe = {
  'ui.loading': 'Wird geladen …',
  'ui.retry': 'Erneut versuchen',
} as const;

export type UiKey = keyof typeof uiDe;

export const uiEn: Record<UiKey, string> = {
  'ui.loading': 'Loading …',
  'ui.retry': 'Try again',
};
