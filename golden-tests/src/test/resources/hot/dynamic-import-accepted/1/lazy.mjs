export const say = () => 'two';
