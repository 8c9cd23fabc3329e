// an exported var is initialised to undefined at link time: no TDZ, reads undefined early
import './a.mjs';
