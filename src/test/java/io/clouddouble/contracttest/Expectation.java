package io.clouddouble.contracttest;

import java.util.Optional;
import java.util.Set;

/**
 * What a case expects an answer to be, beyond honouring the contract (which every answer must).
 * A 5xx is never evidence of anything: a probe that gets one has found drift or an outage.
 */
record Expectation(String description, Set<String> codes, boolean successAllowed, boolean anyDocumentedError) {

  static final String DRY_RUN_OPERATION = "DryRunOperation";

  static Expectation success() {
    return new Expectation("success", Set.of(), true, false);
  }

  /** A documented 4xx error, whichever: how a probe with ids that cannot exist is answered. */
  static Expectation documentedError() {
    return new Expectation("a documented 4xx error", Set.of(), false, true);
  }

  /** {@code DryRunOperation}, or a documented validation error found before the dry run passed. */
  static Expectation dryRun() {
    return new Expectation("DryRunOperation or a documented 4xx error", Set.of(DRY_RUN_OPERATION), false, true);
  }

  static Expectation error(String... codes) {
    return new Expectation("error " + String.join(" or ", codes), Set.of(codes), false, false);
  }

  /** Success, or a documented 4xx error (for calls whose real answer on absent ids is undocumented). */
  static Expectation successOrDocumentedError() {
    return new Expectation("success or a documented 4xx error", Set.of(), true, true);
  }

  /** This expectation, or success. */
  Expectation orSuccess() {
    return new Expectation(description + " or success", codes, true, anyDocumentedError);
  }

  /** Why the answer does not meet the expectation, if it does not. Error codes are checked against the contract elsewhere. */
  Optional<String> mismatch(int status, String code) {
    if (status < 300) {
      return successAllowed ? Optional.empty() : Optional.of("expected " + description + ", got success " + status);
    }
    if (status >= 500) {
      return Optional.of("expected " + description + ", got server error " + status + " " + code);
    }
    if (code != null && (codes.contains(code) || anyDocumentedError)) {
      return Optional.empty();
    }
    return Optional.of("expected " + description + ", got " + status + " " + code);
  }
}
