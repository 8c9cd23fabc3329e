// A const enum is refused too.
const enum Size { Small = 1, Large = 2 }
export const s = Size.Small;
