// `export let x;` without initializer is still in TDZ until the declaration runs
import './a.mjs';
