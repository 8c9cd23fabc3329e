export const x = 'x1';
import.meta.hot.accept();
