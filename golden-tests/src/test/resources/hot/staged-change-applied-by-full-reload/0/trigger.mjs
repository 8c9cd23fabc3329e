import.meta.hot.accept(() => import.meta.hot.invalidate('reload, please'));
