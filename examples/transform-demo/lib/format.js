export const PREFIX = 'count=';

export default function format(value) {
  return `${PREFIX}${value}`;
}
