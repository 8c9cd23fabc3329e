// no imports any more
import.meta.hot.accept();
