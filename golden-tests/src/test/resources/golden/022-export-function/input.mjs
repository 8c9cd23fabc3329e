// exported function declaration: hoisted, accessor returns the function
console.log(area(2));
export function area(r) {
  return Math.PI * r * r;
}
