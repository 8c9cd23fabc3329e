// A namespace that declares only types is erased (like "declare namespace").
                         
                                            
                                        
                                        
 
export const ok = 1;
