// Writes the Parquet fixtures of the progress tests with DuckDB, a writer other than qingdan, from
// examples/progress-2022.csv and a few reports written here. To write them again:
//
//   npm install --prefix /tmp/duckdb-node @duckdb/node-api
//   DUCKDB_NODE=/tmp/duckdb-node/node_modules/@duckdb/node-api/lib/index.js node make.mjs
//
// run in this folder. The files are small and committed; the tests read them as they are.
import { readFileSync, writeFileSync } from 'node:fs';

const { DuckDBInstance } = await import(process.env.DUCKDB_NODE ?? '@duckdb/node-api');
const db = await DuckDBInstance.create(':memory:');
const sql = await db.connect();
const run = (q) => sql.run(q);
// One thread keeps the rows in order, and a month at a time makes the row groups small.
await run(`set threads = 1`);

// The year of examples/progress-2022.csv, typed as a warehouse would type it.
await run(`create table year as select * from read_csv('../../../../../examples/progress-2022.csv',
  comment = '#', header = true, all_varchar = true)`);

// Every codec and the encodings writers use; several row groups each (the year has 365 reports,
// written a month at a time: DuckDB closes a row group once a month takes it past the size).
const writes = [
  // Spark's defaults: SNAPPY, 64-bit whole numbers, dictionary-encoded strings, DATE days.
  ['year-snappy.parquet', `period, id, unit, numerator::BIGINT numerator,
     denominator::BIGINT denominator, count::BIGINT count, done::DATE done, note`,
   `COMPRESSION snappy, ROW_GROUP_SIZE 60`],
  // Trino's small integers and decimals, ZSTD.
  ['year-zstd.parquet', `period, id, unit, numerator::INTEGER numerator,
     denominator::DECIMAL(18,0) denominator, count::DECIMAL(12,0) count, done::DATE done, note`,
   `COMPRESSION zstd, ROW_GROUP_SIZE 40`],
  // Figures as doubles (a pandas frame with gaps), GZIP, plain strings without a dictionary.
  ['year-gzip.parquet', `period, id, unit, numerator::DOUBLE numerator,
     denominator::DOUBLE denominator, count::DOUBLE count, done::DATE done, note`,
   `COMPRESSION gzip, ROW_GROUP_SIZE 100, STRING_DICTIONARY_PAGE_SIZE_LIMIT 1`],
  // Uncompressed, format version 2 (delta encodings), columns in another order, all text.
  ['year-plain-v2.parquet', `note, done, count, denominator, numerator, unit, id, period`,
   `COMPRESSION uncompressed, ROW_GROUP_SIZE 70, PARQUET_VERSION v2`],
  // LZ4_RAW, which newer writers offer.
  ['year-lz4.parquet', `period, id, unit, numerator::BIGINT numerator,
     denominator::BIGINT denominator, count::BIGINT count, done::DATE done, note`,
   `COMPRESSION lz4_raw, ROW_GROUP_SIZE 60`],
];
for (const [file, columns, options] of writes) {
  const months = Array.from({ length: 12 }, (_, m) => `select ${columns} from year
    where period = '2022-${String(m + 1).padStart(2, '0')}'`).join(' union all ');
  await run(`copy (${months}) to '${file}' (format parquet, ${options})`);
}

// Reports each wrong in one way, as the CSV reader's tests have them.
await run(`copy (select * from (values
    ('2022-06', '1.1', '区税务局', 1520, 1500, null, null::DATE, null::VARCHAR),
    ('2022-13', '1.1', '区税务局', 1, 1, null, null, null),
    ('2022-06', '99.1', null, 1, 1, null, null, null),
    ('2022-06', '13.1', null, null, null, -4, null, null),
    ('2022-06', null, null, null, null, 7, null, null),
    ('2022-06', '2.1', '区税务局', 5, 5, null, null, null),
    ('2022-06', '2.1', '区税务局', 6, 6, null, null, null)
  ) t(period, id, unit, numerator, denominator, count, done, note)) to 'bad-values.parquet'
  (format parquet)`);
// Text that a reader sees as a day or a month, and figures in every number type.
await run(`copy (select * from (values
    ('2022-06-01'::DATE, 13, null::VARCHAR, 410::HUGEINT, 'about 四百'),
    ('2022-06-15'::DATE, 13, null, 1::HUGEINT, null)
  ) t(period, id, unit, count, note)) to 'dates.parquet' (format parquet)`);
await run(`copy (select 1.5::DOUBLE count, '2022-06' period, '13.1' id) to 'fraction.parquet'
  (format parquet)`);

// Files that are not right as a whole.
await run(`copy (select '2022-06' period, 5::BIGINT count) to 'no-id.parquet' (format parquet)`);
await run(`copy (select '2022-06' period, '13.1' id, true count) to 'boolean-count.parquet'
  (format parquet)`);
await run(`copy (select '2022-06' period, '13.1' id, 5 count, 1 numerater) to 'unknown-column.parquet'
  (format parquet)`);
await run(`copy (select '2022-06' period, '13.1' id) to 'brotli.parquet'
  (format parquet, compression brotli)`);
const whole = readFileSync('year-snappy.parquet');
writeFileSync('truncated.parquet', whole.subarray(0, Math.floor(whole.length / 2)));
writeFileSync('not-parquet.parquet', 'period,id,unit,numerator,denominator,count,done,note\n');
console.log('written');
