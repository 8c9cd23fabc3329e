({*execute($$hmeta,$$himport){"use strict";const $$hrelink=$$hh=>{};$$hrelink(yield [$$hrelink,{__proto__:null,"Point":()=>Point}]);yield;// exported class: TDZ until the declaration runs
;class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  static origin = new Point(0, 0);
}

}}).execute
//# hmrc-record={"requests":[],"imports":[],"localExports":[{"exportName":"Point","localName":"Point"}],"indirectExports":[],"starExports":[],"usesImportMeta":false,"usesDynamicImport":false,"async":false}
