export const version = 3;
import.meta.hot.accept();
