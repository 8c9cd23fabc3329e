export const v = 2;
import.meta.hot.accept(() => import.meta.hot.invalidate());
