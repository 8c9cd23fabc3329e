import main from './cycle-main.cjs';
export const seen = JSON.stringify(main);
