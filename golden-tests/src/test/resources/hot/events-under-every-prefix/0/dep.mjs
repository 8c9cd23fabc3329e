import.meta.hot.accept();
import.meta.hot.send('my:ping', { n: 1 });
