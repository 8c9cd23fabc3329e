export const one = 'one v1';
import.meta.hot.accept();
