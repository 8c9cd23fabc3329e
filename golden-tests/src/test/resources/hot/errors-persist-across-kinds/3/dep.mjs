export const value = 4;
undefinedFunction();
import.meta.hot.accept();
