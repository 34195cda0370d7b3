package io.clouddouble.contracttest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The deletions a lifecycle owes: registered as soon as a resource exists, run newest first when
 * the case ends however it ends. Whatever could not be deleted is listed, never swallowed.
 */
final class Cleanup {
  private record Step(String resource, BooleanSupplier delete) {}

  private final Deque<Step> steps = new ArrayDeque<>();

  /** {@code delete} returns true when the resource is gone (or was never there). */
  void register(String resource, BooleanSupplier delete) {
    steps.push(new Step(resource, delete));
  }

  /** Drops a registration once the case itself deleted the resource. */
  void done(String resource) {
    steps.removeIf(s -> s.resource.equals(resource));
  }

  /** Runs every owed deletion; returns what is left, each with why. */
  List<String> run() {
    List<String> leftovers = new ArrayList<>();
    while (!steps.isEmpty()) {
      Step step = steps.pop();
      try {
        if (!step.delete.getAsBoolean()) {
          leftovers.add(step.resource + " (the delete call did not succeed)");
        }
      } catch (RuntimeException | AssertionError e) {
        leftovers.add(step.resource + " (" + e.getMessage() + ")");
      }
    }
    return leftovers;
  }
}
