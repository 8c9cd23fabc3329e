const v = 0;
export { v as "9", v as "10", v as a, v as "2", v as "0" };
