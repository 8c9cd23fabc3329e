({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};const $$hargs=t=>(0,eval)(t?"typeof arguments==='undefined'?void 0:arguments":"arguments");$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// top-level this is undefined; top-level arguments is the global reference
console.log(this);
console.log(typeof $$hargs(1));
const arrow = () => $$hargs();
function f() { return arguments.length + (this === undefined ? 0 : 1); }

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
