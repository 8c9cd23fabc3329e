export class K { static n = 0; static bump() { K.n++; } }
