export const v = 3;
throw new Error('v3 fails');
import.meta.hot.accept();
