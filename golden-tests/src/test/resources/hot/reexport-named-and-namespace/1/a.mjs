export const x = 'x2';
import.meta.hot.accept();
