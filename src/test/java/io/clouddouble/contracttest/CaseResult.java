package io.clouddouble.contracttest;

import java.util.List;

/** How one case ended against one target. */
record CaseResult(ContractCase contractCase, Status status, String reason, List<Drift> drifts, List<String> leftovers) {

  enum Status {
    PASSED,
    /** An answer broke its contract or expectation. */
    DRIFTED,
    /** The case could not finish for another reason (network, an unparsable answer). */
    ERROR,
    SKIPPED
  }

  boolean failed() {
    return status == Status.DRIFTED || status == Status.ERROR || !leftovers.isEmpty();
  }
}
