// The national progress file as Parquet, written by DuckDB (through its Node API), for the
// Parquet line of bench/run.sh's national group: the same rows and columns as the CSV file.
//   NODE_PATH=DIR/node_modules node bench/national-parquet.mjs IN.csv OUT.parquet
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.join(process.env.NODE_PATH ?? ".", "x"));
const { DuckDBInstance } = require("@duckdb/node-api");

const quote = (s) => "'" + s.replace(/'/g, "''") + "'";
const [input, output] = process.argv.slice(2);
const db = await DuckDBInstance.create(":memory:");
const con = await db.connect();
await con.run(`
  copy (select * from read_csv(${quote(input)}, comment = '#', header = true, delim = ',',
    quote = '"', escape = '"', auto_detect = false,
    columns = {'period': 'VARCHAR', 'id': 'VARCHAR', 'unit': 'VARCHAR', 'numerator': 'BIGINT',
      'denominator': 'BIGINT', 'count': 'BIGINT', 'done': 'DATE', 'note': 'VARCHAR'}))
  to ${quote(output)} (format parquet)`);
