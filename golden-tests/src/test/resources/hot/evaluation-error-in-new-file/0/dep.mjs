export const text = 'alone';
import.meta.hot.accept();
