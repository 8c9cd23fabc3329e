module.exports = (data) => 'listening on ' + data.port;
