var VERSION = "3.2.1";
module.exports = {VERSION: VERSION};
