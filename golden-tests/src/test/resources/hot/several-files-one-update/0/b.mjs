export const b = 'b1';
import.meta.hot.accept();
