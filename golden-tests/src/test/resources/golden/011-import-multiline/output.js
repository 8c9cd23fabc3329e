({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// an import over several lines is blanked line by line, keeping every newline
;




const total = $$hi0() + $$hi1() + $$hi2();
console.log(total);

}}).execute
//# hmrc-record={"requests":[{"specifier":"./numbers.js","attributes":{}}],"imports":[{"request":0,"importName":"one","localName":"one"},{"request":0,"importName":"two","localName":"zwei"},{"request":0,"importName":"three","localName":"three"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
