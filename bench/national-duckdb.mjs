// The national roll-up as DuckDB does it, through its Node API (@duckdb/node-api): read the CSV
// progress file and sum numerators, denominators and counts by row and month. Beside qingdan's
// `ratio` in bench/run.sh's national group. Needs the package installed where NODE_PATH points:
//   npm install --prefix DIR @duckdb/node-api; NODE_PATH=DIR/node_modules node bench/national-duckdb.mjs FILE.csv
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.join(process.env.NODE_PATH ?? ".", "x"));
const { DuckDBInstance } = require("@duckdb/node-api");

const file = process.argv[2];
const db = await DuckDBInstance.create(":memory:");
const con = await db.connect();
const reader = await con.runAndReadAll(`
  select id, period, sum(numerator) as n, sum(denominator) as d, sum("count") as c, count(*) as r
  from read_csv('${file.replace(/'/g, "''")}', comment = '#', header = true, delim = ',',
    quote = '"', escape = '"', auto_detect = false,
    columns = {'period': 'VARCHAR', 'id': 'VARCHAR', 'unit': 'VARCHAR', 'numerator': 'BIGINT',
      'denominator': 'BIGINT', 'count': 'BIGINT', 'done': 'DATE', 'note': 'VARCHAR'})
  group by id, period order by id, period`);
console.log(reader.getRows().length + " (row, month) groups");
