// export { x as default }: a live local export named default
let x = 1;
export { x as default };
x = 2;
