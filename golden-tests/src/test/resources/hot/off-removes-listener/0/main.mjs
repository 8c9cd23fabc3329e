import './dep.mjs';
let heard = 0;
const once = () => {
  heard++;
  console.log('counting listener heard update', heard);
  if (heard === 2) import.meta.hot.off('hmr:afterUpdate', once);
};
import.meta.hot.on('hmr:afterUpdate', once);
import.meta.hot.on('hmr:afterUpdate', () => console.log('steady listener'));
