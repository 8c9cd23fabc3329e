import.meta.hot.data = { count: (import.meta.hot.data.count ?? 0) + 1 };
console.log('store v2 count', import.meta.hot.data.count);
import.meta.hot.dispose(async () => {
  await new Promise((resolve) => setTimeout(resolve, 30));
  console.log('store v2 dispose a (awaited 30 ms)');
});
import.meta.hot.dispose(() => console.log('store v2 dispose b'));
