import { render } from './render.ts';
console.log('main:', render({ name: 'ada', hits: 1 }));
import.meta.hot.accept('./render.ts', (ns) => console.log('accepted:', ns.render({ name: 'ada', hits: 2 })));
