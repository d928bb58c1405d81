// Creates the Waline tables in a fresh SQLite file (the npm package ships no schema); safe to run again.
const path = require('node:path');
const fs = require('node:fs');
const sqlite3 = require('sqlite3');

const dataDir = process.argv[2];
fs.mkdirSync(dataDir, { recursive: true });
const db = new sqlite3.Database(path.join(dataDir, 'waline.sqlite'));
const now = "DATETIME DEFAULT (datetime('now', 'localtime'))";

db.exec(
  `CREATE TABLE IF NOT EXISTS wl_Comment (
     id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER, comment TEXT, insertedAt ${now},
     ip TEXT, link TEXT, mail TEXT, nick TEXT, rid INTEGER, pid INTEGER, sticky NUMERIC,
     status TEXT NOT NULL, "like" INTEGER, ua TEXT, url TEXT, createdAt ${now}, updatedAt ${now});
   CREATE TABLE IF NOT EXISTS wl_Counter (
     id INTEGER PRIMARY KEY AUTOINCREMENT, time INTEGER, reaction0 INTEGER, reaction1 INTEGER,
     reaction2 INTEGER, reaction3 INTEGER, reaction4 INTEGER, reaction5 INTEGER, reaction6 INTEGER,
     reaction7 INTEGER, reaction8 INTEGER, url TEXT, createdAt ${now}, updatedAt ${now});
   CREATE TABLE IF NOT EXISTS wl_Users (
     id INTEGER PRIMARY KEY AUTOINCREMENT, display_name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
     password TEXT NOT NULL DEFAULT '', type TEXT NOT NULL DEFAULT '', label TEXT, github TEXT, twitter TEXT,
     facebook TEXT, google TEXT, weibo TEXT, qq TEXT, oidc TEXT, huawei TEXT, "2fa" TEXT, avatar TEXT, url TEXT,
     createdAt ${now}, updatedAt ${now});`,
  (error) => {
    db.close();
    if (error) {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
