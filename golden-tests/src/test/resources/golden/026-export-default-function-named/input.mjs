// export default of a named function: the function keeps its name, default -> f
export default function main(argv) {
  return argv.length;
}
main([]);
