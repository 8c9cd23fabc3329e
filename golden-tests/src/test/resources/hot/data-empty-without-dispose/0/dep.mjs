console.log('v1 data:', JSON.stringify(import.meta.hot.data));
import.meta.hot.accept();
