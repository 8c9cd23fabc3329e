export const top = this;
