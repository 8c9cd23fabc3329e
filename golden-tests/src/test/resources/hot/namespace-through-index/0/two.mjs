export const two = 'two v1';
import.meta.hot.accept();
