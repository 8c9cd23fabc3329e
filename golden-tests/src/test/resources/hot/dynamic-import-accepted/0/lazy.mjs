export const say = () => 'one';
