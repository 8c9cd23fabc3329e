export function f() { return 'old'; }
export function swap() { f = function () { return 'new'; }; }
