// Ends the run with one line "N passed, N failed, N skipped", which CI reads to count the tests.
function count(results, totals) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load counts as a failure, so a broken import cannot pass as "0 failed".
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)
          totals.failed++;
      }
      setTimeout(() => console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`), 0);
    },
  };
}
