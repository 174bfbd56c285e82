// Bank texts in German and English (placeholder until filled).
export const bankDe = {
  'err.bank.placeholder': '',
};

export type BankKey = keyof typeof bankDe;

export const bankEn: Record<BankKey, string> = {
  'err.bank.placeholder': '',
};
