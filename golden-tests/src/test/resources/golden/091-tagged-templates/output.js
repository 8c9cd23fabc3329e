({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// tagged templates with an imported tag and imports in substitutions
;
const out = $$hi0()`<p>${$$hi1()}</p>`;
const raw = String.raw`import ${$$hi1()} from "x"`;

}}).execute
//# hmrc-record={"requests":[{"specifier":"./html.js","attributes":{}}],"imports":[{"request":0,"importName":"html","localName":"html"},{"request":0,"importName":"name","localName":"name"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
