export const extra = 'changed while pruned';
