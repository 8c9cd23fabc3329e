// import.meta becomes the meta parameter
console.log(import.meta.url);
const meta = import.meta;
const { resolve } = import.meta;
