export const v = 4;
throw 'a string, not an Error';
import.meta.hot.accept();
