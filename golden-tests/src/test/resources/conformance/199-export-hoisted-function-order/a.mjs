export { one };
function one() { return 1; }
