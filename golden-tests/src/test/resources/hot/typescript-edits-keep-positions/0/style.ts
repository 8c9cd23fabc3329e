export interface Style { prefix: string }
export const bold = (text: string): string => text.toUpperCase();
