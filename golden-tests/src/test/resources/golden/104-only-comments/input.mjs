// a module of comments only
/* nothing
   here */
