// `npm run bench:collector`: only the collector's ingest figures of `npm run bench` (no build, no
// browser), for work on server/collector. PostgreSQL too when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set.
import { measureCollector } from './collector';
import { printReport } from './report';

printReport(await measureCollector());
