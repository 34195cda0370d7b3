package io.clouddouble.state;

/**
 * Hears every change to the state as it happens, so a request's changes can be made durable as
 * one record (see {@code io.clouddouble.state.journal}). {@link #NONE} when nothing is persisted,
 * so a fake without a state file pays nothing.
 */
public interface Changes {
  Changes NONE = new Changes() {};

  /** A resource was created, or its live fields were handed out to be read or changed. */
  default void touched(Resource resource) {}

  default void removed(Resource resource) {}

  /** A ClientToken's first answer was remembered under {@code key}. */
  default void token(String key, IdempotencyTokens.Entry entry) {}
}
