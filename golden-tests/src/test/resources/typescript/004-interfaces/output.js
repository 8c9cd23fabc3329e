// Interfaces, exported or not, with every kind of member.
                                        
                                                               
                                     
                 
                                   
                         
                         
                       
                     
 
                                           
export const p        = { x: 1, y: 2 };
