const load = () => import('./lazy.mjs');
const first = await load();
console.log('first:', first.version);
import.meta.hot.accept('./lazy.mjs', async (ns) => {
  const again = await load();
  console.log('callback:', ns.version, 'import() again:', again.version, 'same object:', again === ns, 'old one:', first.version);
});
