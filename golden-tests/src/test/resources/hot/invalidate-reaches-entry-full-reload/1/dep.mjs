export const value = 2;
import.meta.hot.accept((ns) => { if (ns.value === 2) import.meta.hot.invalidate('needs a restart'); });
