export const own = 'own v1';
import.meta.hot.accept();
