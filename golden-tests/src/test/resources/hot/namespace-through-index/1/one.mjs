export const one = 'one v2';
export const three = 'three, new in one v2';
import.meta.hot.accept();
