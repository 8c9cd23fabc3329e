console.log('dep runs again');
import.meta.hot.accept();
