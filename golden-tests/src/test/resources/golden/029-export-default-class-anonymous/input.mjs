// export default of an anonymous class: its name is "default"
export default class {
  hello() { return "hi"; }
}
