export const value = 5;
import.meta.hot.accept();
