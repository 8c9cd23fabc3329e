({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// export { x } from: indirect exports, no local binding
;
;
;
console.log(typeof x);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./xy.js","attributes":{}},{"specifier":"./def.js","attributes":{}},{"specifier":"./other.js","attributes":{}}],"imports":[],"localExports":[],"indirectExports":[{"exportName":"x","request":0,"importName":"x"},{"exportName":"why","request":0,"importName":"y"},{"exportName":"default","request":1,"importName":"default"},{"exportName":"other","request":2,"importName":"default"},{"exportName":"str","request":2,"importName":"str name"}],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
