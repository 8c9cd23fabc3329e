console.log('dep runs');
import.meta.hot.accept();
