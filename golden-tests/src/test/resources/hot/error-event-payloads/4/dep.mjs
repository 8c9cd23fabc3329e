export const v = 5;
import.meta.hot.accept();
