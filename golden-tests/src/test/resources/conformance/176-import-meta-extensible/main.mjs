// import.meta is an ordinary extensible object
import.meta.custom = 'mine';
console.log(import.meta.custom);
console.log(Object.isExtensible(import.meta));
