// "import type" creates no import at all: the module need not exist at run time.
                                        
                                        
                                                   
                                           
import type from "./named-type.ts";
export const x                                      = type;
