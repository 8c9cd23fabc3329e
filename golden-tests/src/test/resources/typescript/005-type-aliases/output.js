// Type aliases, from one line to several; export type too.
                 
                                                    
                     
                            
                                        
                                         
export const id     = "a";
