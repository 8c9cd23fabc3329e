export class Counter { describe() { return 'counter v1'; } }
import.meta.hot.accept();
