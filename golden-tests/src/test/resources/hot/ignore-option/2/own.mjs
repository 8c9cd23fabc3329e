export const own = 'own v2';
import.meta.hot.accept();
