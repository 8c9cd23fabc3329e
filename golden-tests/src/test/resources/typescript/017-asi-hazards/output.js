// Where erasing would join two statements, a ";" is written (as amaro does).
let a = 1
               
 [1, 2].forEach(x => x)
let b = 2
;             
(b           )
let c = a                 
;(c)
class K {
  x = 1
  ;       [Symbol.iterator] = null
  y = 2
  ;       *gen() {}
  get;             
  set;       
}
const f = (x         
         ) => x
const g = async (
    
  x   ) => x
export { a, b, c, K, f, g }
