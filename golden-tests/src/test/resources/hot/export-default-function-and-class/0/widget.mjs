export default class Widget { get kind() { return 'widget v1'; } }
import.meta.hot.accept();
