// export default of an anonymous function: becomes a hoisted helper whose name is "default"
export default function () {
  return 42;
}
