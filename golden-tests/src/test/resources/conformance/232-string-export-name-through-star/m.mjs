const one = 1;
export { one as "kebab-name" };
