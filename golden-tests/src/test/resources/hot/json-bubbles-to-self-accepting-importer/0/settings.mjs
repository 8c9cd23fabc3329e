import config from './config.json' with { type: 'json' };
export const port = config.port;
console.log('settings runs:', port);
import.meta.hot.accept();
