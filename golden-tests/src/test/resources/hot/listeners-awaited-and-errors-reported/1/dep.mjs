import.meta.hot.accept();
console.log('dep v2');
