export const v = ;
import.meta.hot.accept();
