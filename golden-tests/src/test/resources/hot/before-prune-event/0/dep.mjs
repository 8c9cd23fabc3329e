import './gone.mjs';
import './gone-too.mjs';
import.meta.hot.accept();
