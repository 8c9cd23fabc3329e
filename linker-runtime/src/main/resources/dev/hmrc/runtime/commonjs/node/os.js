// node:os on the JVM's system properties.
const [hostName, home, tmp, cpus, osName, osVersion, osArch, userName] = natives.os();
const process = require("process");
module.exports = {
    EOL: process.platform === "win32" ? "\r\n" : "\n",
    devNull: process.platform === "win32" ? "\\\\.\\nul" : "/dev/null",
    platform: () => process.platform,
    arch: () => process.arch,
    type: () => ({ linux: "Linux", darwin: "Darwin", win32: "Windows_NT" })[process.platform] || osName,
    release: () => osVersion,
    version: () => osVersion,
    machine: () => ({ x64: "x86_64", arm64: "arm64" })[process.arch] || process.arch,
    hostname: () => hostName,
    homedir: () => process.env.HOME || home,
    tmpdir: () => (process.env.TMPDIR || tmp).replace(/\/$/, ""),
    endianness: () => "LE",
    cpus: () => Array.from({ length: cpus }, () => ({ model: "unknown", speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } })),
    availableParallelism: () => cpus,
    totalmem: () => natives.memory()[1],
    freemem: () => natives.memory()[1] - natives.memory()[2],
    uptime: () => process.uptime(),
    loadavg: () => [0, 0, 0],
    networkInterfaces: () => ({}),
    userInfo: () => ({ uid: -1, gid: -1, username: userName, homedir: home, shell: null }),
    constants: { signals: {}, errno: {} },
};
