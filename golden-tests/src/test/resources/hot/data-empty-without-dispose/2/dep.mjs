console.log('v3 data:', JSON.stringify(import.meta.hot.data));
import.meta.hot.accept();
