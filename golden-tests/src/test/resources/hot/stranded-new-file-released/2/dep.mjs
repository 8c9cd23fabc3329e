export const text = 'alone again';
import.meta.hot.accept();
