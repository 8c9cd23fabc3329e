// syntax error: exporting a name that is not declared in the module
const here = 1;
export { here, missing };
