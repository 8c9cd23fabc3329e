export const extra = 'e2';
console.log('extra runs:', extra, 'data:', JSON.stringify(import.meta.hot.data));
import.meta.hot.dispose((data) => { data.was = extra; console.log('extra disposed'); });
import.meta.hot.prune(() => console.log('extra pruned'));
import.meta.hot.accept();
