import.meta.hot.accept();
null.boom;
