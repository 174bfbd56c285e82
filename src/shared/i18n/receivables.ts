// Receivables texts in German and English (placeholder until filled).
export const receivablesDe = {
  'err.receivables.placeholder': '',
};

export type ReceivablesKey = keyof typeof receivablesDe;

export const receivablesEn: Record<ReceivablesKey, string> = {
  'err.receivables.placeholder': '',
};
