// Prints the rows of one SQL query against the test Waline database as JSON (the tests count rows with it).
const path = require('node:path');
const sqlite3 = require('sqlite3');

const [dataDir, sql, ...params] = process.argv.slice(2);
const db = new sqlite3.Database(path.join(dataDir, 'waline.sqlite'), sqlite3.OPEN_READONLY);
db.all(sql, params, (error, rows) => {
  db.close();
  if (error) {
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  console.log(JSON.stringify(rows));
});
