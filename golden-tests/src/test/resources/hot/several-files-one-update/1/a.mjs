export const a = 'a2';
import.meta.hot.accept();
