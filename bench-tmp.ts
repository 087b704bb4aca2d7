import { measureCollector } from './tests/bench/collector';
import { printReport } from './tests/bench/report';
printReport(await measureCollector());
