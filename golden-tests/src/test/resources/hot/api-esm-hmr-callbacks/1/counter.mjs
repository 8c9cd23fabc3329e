export const n = 2;
import.meta.hot.accept(({ module }) => console.log('counter accepted', module.n));
