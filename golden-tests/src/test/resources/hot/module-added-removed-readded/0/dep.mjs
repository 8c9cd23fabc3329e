export const text = 'plain';
import.meta.hot.accept();
