export const n = 1;
import.meta.hot.accept(({ module }) => console.log('counter accepted', module.n));
