export default function f() { return 'one'; }
export function swap() { f = () => 'two'; }
