export const value = 4;
import.meta.hot.accept();
