// Overload signatures (functions and methods) are erased whole.
                                            
                                                           
export function parse(text        , radix = 10)         { return parseInt(text, radix); }
                                  
function local(a     ) { return a; }
export class Calc {
                         
                         
  add(a     ) { return a; }
                         
  constructor(x         ) {}
}
                                                  
export default function fallback(x         ) {}
