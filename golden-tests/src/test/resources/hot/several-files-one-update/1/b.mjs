export const b = 'b2';
import.meta.hot.accept();
