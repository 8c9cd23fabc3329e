// import declarations are hoisted: the dependency runs before the importer's first statement even if the import comes later
console.log('main first line');
import './dep.mjs';
