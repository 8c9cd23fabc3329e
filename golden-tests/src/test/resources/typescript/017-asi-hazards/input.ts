// Where erasing would join two statements, a ";" is written (as amaro does).
let a = 1
type T = number
;[1, 2].forEach(x => x)
let b = 2
interface I {}
(b as unknown)
let c = a satisfies number
;(c)
class K {
  x = 1
  private [Symbol.iterator] = null
  y = 2
  private *gen() {}
  get: () => number
  set: number
}
const f = (x: number)
  : number => x
const g = async <
  T,
>(x: T) => x
export { a, b, c, K, f, g }
