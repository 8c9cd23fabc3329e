export const version = 2;
import.meta.hot.accept((ns) => console.log('v2 callback sees version', ns.version));
