// sync modules above an async leaf run in order right when it completes (GatherAvailableAncestors)
import './c.mjs';
console.log('main');
