// export default of an arrow function: wrapped so that its name is "default"
export default (a, b) => a + b;
