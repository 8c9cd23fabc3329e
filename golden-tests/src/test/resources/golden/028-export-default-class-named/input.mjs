// export default of a named class
export default class Widget {
  render() { return "w"; }
}
new Widget().render();
