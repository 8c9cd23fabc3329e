export const value = 2 +* 2;
import.meta.hot.accept();
