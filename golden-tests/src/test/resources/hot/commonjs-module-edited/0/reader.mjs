import config, { greeting, count } from './config.cjs';
console.log('reader sees', greeting, count, 'default is module.exports:', config.greeting === greeting);
import.meta.hot.accept();
