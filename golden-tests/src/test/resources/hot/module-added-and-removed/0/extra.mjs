export const extra = 'extra';
console.log('extra runs');
import.meta.hot.dispose(() => console.log('extra disposed'));
import.meta.hot.prune(() => console.log('extra pruned'));
