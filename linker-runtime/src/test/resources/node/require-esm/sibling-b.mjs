console.log('sibling-b.mjs runs');
export const b = 'B';
