({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"area":()=>area}]);yield;// exported function declaration: hoisted, accessor returns the function
console.log(area(2));
;function area(r) {
  return Math.PI * r * r;
}

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"area","localName":"area"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
