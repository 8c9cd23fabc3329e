export const v = 1;
import.meta.hot.accept();
