export default class Named {}
export function make() { return new Named(); }
