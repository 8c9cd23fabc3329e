// Annotations on declarations: the ": T" goes, "!" of a definite assignment too.
const count         = 1;
let name                    , total                               = [];
let later                            ;
const [first, second]                   = [1, "x"];
const { a, b }                           = { a: 1, b: "y" };
try { later = { a: count }; } catch (error         ) { console.log(error); }
for (const item of total                  ) console.log(item);
export { count, name, first, second, a, b, later };
