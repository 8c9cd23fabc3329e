// syntax error at end of input: a block never closed
function f() {
  if (true) {
    return 1;
}
