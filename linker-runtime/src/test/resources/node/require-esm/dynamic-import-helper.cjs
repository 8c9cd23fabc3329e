exports.load = () => import('./point.mjs');
