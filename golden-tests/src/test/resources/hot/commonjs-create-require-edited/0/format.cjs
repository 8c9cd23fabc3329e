module.exports = (data) => 'port ' + data.port;
