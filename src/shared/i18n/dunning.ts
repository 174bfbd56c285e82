// Dunning texts in German and English (placeholder until filled).
export const dunningDe = {
  'err.dunning.placeholder': '',
};

export type DunningKey = keyof typeof dunningDe;

export const dunningEn: Record<DunningKey, string> = {
  'err.dunning.placeholder': '',
};
