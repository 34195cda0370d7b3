package io.clouddouble.contracttest;

/** Stops a case at its first drifted answer; the drift itself is already recorded. */
final class DriftFound extends AssertionError {
  DriftFound(Drift drift) {
    super(drift.operation() + ": " + String.join("; ", drift.problems()) + " [" + drift.exchange().request() + "]");
  }
}
