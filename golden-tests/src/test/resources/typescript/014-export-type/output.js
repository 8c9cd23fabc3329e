// "export type" statements are erased whole.
                                       
                  
                                    
                                                
                
                  
export * from "./values.ts";
export * as values from "./values.ts";
