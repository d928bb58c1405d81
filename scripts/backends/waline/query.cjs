// Runs one SQL statement on the test Waline database (MariaDB, through Waline's own driver) and prints the rows
// as JSON: tests count rows, and capture resets a thread. `?` in the statement takes the next parameter.
const mysql = require('mysql');

const [sql, ...params] = process.argv.slice(2);
const connection = mysql.createConnection({
  socketPath: process.env.PARLEY_DB_SOCKET,
  user: 'waline',
  password: process.env.PARLEY_DB_PASSWORD,
  database: 'waline',
});
connection.query(sql, params, (error, rows) => {
  connection.end();
  if (error) {
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  console.log(JSON.stringify(rows));
});
