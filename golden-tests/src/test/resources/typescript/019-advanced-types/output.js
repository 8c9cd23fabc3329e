// Conditional, mapped, template literal, infer, keyof/typeof/unique, import() and tuple types.
                                                                                                   
                                                                                         
                                                                                                      
                                       
                               
                                 
                                                                       
                                                              
const config = { a: 1 };
let v                      = [];
export { config, v };
