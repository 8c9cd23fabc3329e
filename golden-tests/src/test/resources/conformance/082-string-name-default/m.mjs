const x = 'd';
export { x as "default" };
