// GatherAvailableAncestors stops at an async parent: its sync importer waits for the parent's own await
import './top.mjs';
console.log('main');
