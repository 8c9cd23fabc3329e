// A const enum is emitted like an enum (an object), members may use earlier ones, string names too.
var Size; (function (Size, $hmrc$enumMember) { let Small, Large;
  Small = $hmrc$enumMember(Size, "Small", 1); 
  Large = $hmrc$enumMember(Size, "Large", Small * 10); 
  $hmrc$enumMember(Size, 'extra-large', Large + 1); 
})(Size || (Size = {}), (e, k, v) => { e[k] = v; if (typeof v !== "string") e[v] = k; return v; });
export const s = [Size.Small, Size.Large, Size['extra-large']];
