// Accepts its own updates: an edit re-runs only this module, and main.mjs calls the new
// render() through its live import binding.
export function render(count) {
  return `tick ${count}`;
}

import.meta.hot?.accept();
