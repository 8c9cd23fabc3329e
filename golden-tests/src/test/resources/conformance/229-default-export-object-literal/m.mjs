export default { n: 7 };
