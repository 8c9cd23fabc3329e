import greet from './greet.mjs';
import Widget from './widget.mjs';
console.log(greet(), new Widget().kind);
import.meta.hot.on('hmr:afterUpdate', () => console.log('after update:', greet(), new Widget().kind, greet.name, Widget.name));
