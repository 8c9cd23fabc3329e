export const value = 1;
import.meta.hot.accept(() => import.meta.hot.invalidate('needs a restart'));
