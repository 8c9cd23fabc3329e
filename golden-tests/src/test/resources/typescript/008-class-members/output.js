// Class members: access modifiers, readonly, override, declare, optional and definite fields, index signatures.
class Base { greet()         { return "base"; } }
export class Widget    extends Base {
         name         = "w";
                   items      = [];
            static count         ;
                                        
  ready          ;
                         
  static          [Symbol.species] = Array;
  #secret         = 1;
         constructor() { super(); }
           greet()         { return "widget" + this.#secret; }
         static create   ()            { return new Widget   (); }
  get size()         { return this.items.length; }
  set size(value        ) { this.items.length = value; }
                    
}
