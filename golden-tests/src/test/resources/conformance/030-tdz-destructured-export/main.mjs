// `export const { p, q } = ...` bindings are in TDZ early
import './a.mjs';
