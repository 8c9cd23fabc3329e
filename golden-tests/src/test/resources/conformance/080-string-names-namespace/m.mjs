const x = 1;
export { x as "a-b", x as plain, x as "with space" };
