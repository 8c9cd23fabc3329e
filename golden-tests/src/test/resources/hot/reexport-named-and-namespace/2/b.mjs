export const y = 'y2';
export const z = 'z2';
import.meta.hot.accept();
