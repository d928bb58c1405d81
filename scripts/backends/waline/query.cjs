// Runs one SQL statement on the test Waline database and prints the rows as JSON (tests count rows; capture resets a thread).
const path = require('node:path');
const sqlite3 = require('sqlite3');

const [dataDir, sql, ...params] = process.argv.slice(2);
const db = new sqlite3.Database(path.join(dataDir, 'waline.sqlite'));
db.all(sql, params, (error, rows) => {
  db.close();
  if (error) {
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  console.log(JSON.stringify(rows));
});
