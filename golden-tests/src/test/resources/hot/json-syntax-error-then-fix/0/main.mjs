import config from './config.json' with { type: 'json' };
console.log('port', config.port);
import.meta.hot.accept('./config.json', (ns) => console.log('new port', ns.default.port));
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', config.port));
