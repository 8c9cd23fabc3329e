import.meta.hot.accept();
