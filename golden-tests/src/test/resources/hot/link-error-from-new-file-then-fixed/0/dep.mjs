export const text = 'no helper';
import.meta.hot.dispose(() => console.log('dep v1 disposed'));
import.meta.hot.accept();
