export const text = 'plain again';
import.meta.hot.accept();
