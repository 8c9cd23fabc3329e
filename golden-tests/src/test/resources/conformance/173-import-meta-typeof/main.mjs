// import.meta is an object with a null prototype
console.log(typeof import.meta);
console.log(Object.getPrototypeOf(import.meta));
