export default function greet() { return 'hello v2'; }
import.meta.hot.accept();
