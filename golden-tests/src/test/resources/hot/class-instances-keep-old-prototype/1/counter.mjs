export class Counter { describe() { return 'counter v2'; } }
import.meta.hot.accept();
