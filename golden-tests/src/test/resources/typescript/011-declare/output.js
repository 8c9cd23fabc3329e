// Ambient declarations are erased whole, whatever they contain.
                              
                            
                                           
                                                                
                                   
                                  
                                                                                           
                                                                         
                           
                                                     
                                      
                                           
export const real = 1;
