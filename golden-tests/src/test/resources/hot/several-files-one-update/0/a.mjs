export const a = 'a1';
import.meta.hot.accept();
