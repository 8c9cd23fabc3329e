export const v = 4;
import.meta.hot.accept();
