export const v = 3;
import.meta.hot.accept();
