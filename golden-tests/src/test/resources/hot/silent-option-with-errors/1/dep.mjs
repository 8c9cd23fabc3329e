export const v = 2 +;
import.meta.hot.accept();
