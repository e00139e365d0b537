/**
 * Preloaded into every Node process the benchmark times (`node --require peak-rss.js ...`): at exit, appends the
 * process's peak resident set size in bytes to the file named by $BENCH_PEAK_RSS_FILE. Costs one small module.
 */
import { appendFileSync } from 'node:fs';

const file = process.env['BENCH_PEAK_RSS_FILE'];
if (file) {
  process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS * 1024}\n`));
}
