console.log('m evaluated');
export default 1;
