console.log('v2 data:', JSON.stringify(import.meta.hot.data), typeof import.meta.hot.data);
import.meta.hot.dispose((data) => { data.from = 'v2'; });
import.meta.hot.accept();
