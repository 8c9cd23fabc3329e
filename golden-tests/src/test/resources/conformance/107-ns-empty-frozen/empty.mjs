const notExported = 1;
