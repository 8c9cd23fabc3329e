export const y = 'y1';
import.meta.hot.accept();
