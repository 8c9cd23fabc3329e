export default 'd';
