package io.clouddouble.state.transition;

import java.time.Instant;

/** A started transition of one resource, waiting for its progression to complete it. */
public record PendingTransition(
    String name, String cloud, String type, String id, Instant startedAt, long readsAtStart) {}
