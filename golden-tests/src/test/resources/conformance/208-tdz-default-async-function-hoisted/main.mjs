// `export default async function () {}` is hoisted and named "default"
import './a.mjs';
