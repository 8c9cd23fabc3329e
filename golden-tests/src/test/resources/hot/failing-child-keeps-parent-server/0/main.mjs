import { serve } from 'hmr:http';
import { greet } from './greet.mjs';
const server = serve({ port: 0 }, () => greet('client'));
console.log('main serves:', greet('world'));
import.meta.hot.dispose(async () => { await server.close(); console.log('main closed its server'); });
import.meta.hot.accept();
