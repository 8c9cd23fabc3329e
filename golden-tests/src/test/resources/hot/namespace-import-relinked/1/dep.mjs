export const value = 2;
export const added = true;
import.meta.hot.accept();
