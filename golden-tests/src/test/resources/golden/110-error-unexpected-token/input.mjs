// syntax error: an unexpected token
const a = 1;
const b = ;
