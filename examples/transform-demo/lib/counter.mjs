// A module with state: under `hmrc run --import hmr/register` an edit here
// re-runs this module and its importers, and `dispose` hands the count over.
export let count = import.meta.hot?.data.count ?? 0;

export function increment() {
  count += 1;
}

if (import.meta.hot) {
  import.meta.hot.dispose((data) => {
    data.count = count;
  });
  import.meta.hot.accept();
}
