export default function greet() { return 'hello v1'; }
import.meta.hot.accept();
