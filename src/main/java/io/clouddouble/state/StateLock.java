package io.clouddouble.state;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lock that makes a request's condition checks (in the stub matcher) and its effects (in
 * the response transformer) atomic. A request takes it once the gateway has read and validated
 * it, so a slow client sending its body never holds it, and {@link #releaseHeldByThisThread()} lets
 * go of it when the request ends, whatever happened in between.
 */
public final class StateLock {
  private static final ThreadLocal<StateLock> HELD = new ThreadLocal<>();
  private final ReentrantLock lock = new ReentrantLock();

  /** Takes the lock for the rest of the current request; a no-op when this thread has it already. */
  public void holdForRequest() {
    if (HELD.get() == this) {
      return;
    }
    lock.lock();
    HELD.set(this);
  }

  /** Called when a request ends (and always then): releases the lock if this thread took one. */
  public static void releaseHeldByThisThread() {
    StateLock held = HELD.get();
    if (held != null) {
      HELD.remove();
      held.lock.unlock();
    }
  }

  /** Runs work that is not part of a request (admin calls, shutdown) under the lock. */
  public <T> T during(java.util.function.Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }
}
