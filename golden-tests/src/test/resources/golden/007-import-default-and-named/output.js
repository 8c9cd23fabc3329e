({*execute($$hmeta,$$himport){"use strict";let $$hi0,$$hi1,$$hi2;const $$hrelink=$$hh=>{$$hi0=$$hh[0];$$hi1=$$hh[1];$$hi2=$$hh[2];};$$hrelink(yield [$$hrelink,{__proto__:null}]);yield;// combined default + named import from one request
;
const [v, setV] = $$hi1()(0);
$$hi2()(() => $$hi0().render(v));

}}).execute
//# hmrc-record={"requests":[{"specifier":"react","attributes":{}}],"imports":[{"request":0,"importName":"default","localName":"React"},{"request":0,"importName":"useState","localName":"useState"},{"request":0,"importName":"useEffect","localName":"effect"}],"localExports":[],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
