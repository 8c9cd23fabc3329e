// import() of a cycle member while the cycle is still evaluating: the promise settles only after the cycle finished
import './a.mjs';
