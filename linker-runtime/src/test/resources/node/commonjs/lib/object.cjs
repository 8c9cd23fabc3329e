const y = 2;
module.exports = { x: 1, y, 'z-w': 3 };
