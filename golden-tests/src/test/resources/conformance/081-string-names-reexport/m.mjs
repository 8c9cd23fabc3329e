const v = 'v';
export { v as "in name" };
