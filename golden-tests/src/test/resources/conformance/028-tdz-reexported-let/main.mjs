// TDZ applies through an indirect re-export: c reads a's let via b's `export { x } from`
import './a.mjs';
