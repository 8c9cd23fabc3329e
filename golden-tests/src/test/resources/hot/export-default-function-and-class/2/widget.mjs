export default class Widget { get kind() { return 'widget v2'; } }
import.meta.hot.accept();
