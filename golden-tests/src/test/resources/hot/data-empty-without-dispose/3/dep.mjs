console.log('v4 data:', JSON.stringify(import.meta.hot.data));
import.meta.hot.accept();
