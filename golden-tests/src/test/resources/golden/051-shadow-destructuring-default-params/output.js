({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// destructuring and default parameters: defaults see earlier params, not the import
;
function f({ x }, [y] = [x], w = $$hi2()) { return x + y + w; }
function g({ a: { b: z } } = { a: { b: $$hi1() } }) { return z; }
const h = function ({ q = $$hi0() } = {}) { return q; };

}}).execute
//# hmrc-record={"requests":[{"specifier":"./xyz.js","attributes":{}}],"imports":[{"request":0,"importName":"x","localName":"x"},{"request":0,"importName":"y","localName":"y"},{"request":0,"importName":"z","localName":"z"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
