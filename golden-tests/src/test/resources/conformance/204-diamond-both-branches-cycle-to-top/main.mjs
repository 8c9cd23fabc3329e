// top -> b, c and both b and c import top back: two cycles through top, b and c run before top
import './top.mjs';
console.log('main');
