export const value = 2;
import.meta.hot.decline();
