// import.meta.url is a file: URL ending with the module's file name, per module
import { url } from './sub/other.mjs';
console.log(import.meta.url.startsWith('file:'), import.meta.url.endsWith('/main.mjs'));
console.log(url.endsWith('/sub/other.mjs'));
