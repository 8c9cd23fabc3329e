export const part = JSON.parse('{ not json');
