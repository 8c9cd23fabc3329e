// Erased text keeps tabs and other white space, line terminators (CRLF too) and the length of non-ASCII text.
const a 	       = 1;
               
let b                 = "€";
             
	    
 
const c = a          ;
export { a, b, c };
