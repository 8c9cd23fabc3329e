export const version = 1;
import.meta.hot.accept((ns) => console.log('v1 callback sees version', ns.version));
