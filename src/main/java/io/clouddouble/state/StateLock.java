package io.clouddouble.state;

import io.clouddouble.ReadMostly;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The lock that makes a request's condition checks (in the stub matcher) and its effects (in the
 * response transformer) atomic. A request takes it once the gateway has read and validated it, so
 * a slow client sending its body never holds it, and {@link #releaseHeldByThisThread()} lets go of
 * it when the request ends, whatever happened in between.
 *
 * <p>Calls that only read (the providers' read verbs, and any DryRun, which checks but never
 * changes) share it; every other call holds it alone, so two writes on one resource never both see
 * it in their from-state. It is one lock for the whole state rather than one per account or
 * region because resources cross those lines (a PrivateLink endpoint is shared with the service
 * owner's account, a VpcPeer connection with the accepter's account and region, {@code anyAccount}
 * lookups read every account of a region) and because the clock, the transitions in progress and
 * the ClientTokens are the engine's, not a scope's: writes are short, reads run side by side.
 */
public final class StateLock {
  /** {@code Product:Operation} names that only read, by the providers' naming rules (Describe/List/Get/Query/Check/Show). */
  private static final Pattern READS = Pattern.compile("[^:]*:(?:Describe|List|Get|Query|Check|Show)[A-Z].*");
  /** {@link #READS} decided once per operation name. */
  private static final Map<String, Boolean> READ_ONLY = new ConcurrentHashMap<>();

  private record Held(StateLock lock, boolean shared) {}

  private static final ThreadLocal<Held> HELD = new ThreadLocal<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile Runnable writerLeaving = () -> {};

  /** Work to do each time a writer is about to let go of the lock (the store settles its indexes). */
  void onWriterLeaving(Runnable work) {
    this.writerLeaving = work;
  }

  /**
   * Takes the lock for the rest of the current request: shared when {@code operation} only reads
   * (or is a DryRun), exclusive otherwise. A no-op when this thread holds it already.
   */
  public void holdForRequest(String operation, boolean dryRun) {
    if (heldByThisThread()) {
      return;
    }
    boolean shared = dryRun || ReadMostly.get(READ_ONLY, operation, name -> READS.matcher(name).matches());
    (shared ? lock.readLock() : lock.writeLock()).lock();
    HELD.set(new Held(this, shared));
  }

  /** Takes the lock for the rest of the request, exclusively unless this thread holds it already. */
  public void holdForRequest() {
    holdForRequest("", false);
  }

  /** Called when a request ends (and always then): releases the lock if this thread took one. */
  public static void releaseHeldByThisThread() {
    Held held = HELD.get();
    if (held != null) {
      HELD.remove();
      if (held.shared()) {
        held.lock().lock.readLock().unlock();
      } else {
        held.lock().leaveWriting();
      }
    }
  }

  /** Runs work that is not part of a request (admin calls, shutdown) under the lock, alone. */
  public <T> T during(Supplier<T> work) {
    lock.writeLock().lock();
    try {
      return work.get();
    } finally {
      leaveWriting();
    }
  }

  /** Lets go of the exclusive hold, after the work every writer leaves behind. */
  private void leaveWriting() {
    try {
      if (lock.getWriteHoldCount() == 1) {
        writerLeaving.run();
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Runs a change that a request needs before it reads (settling due transitions): as it is when
   * this thread holds the lock alone; with the lock taken alone for the change, then shared again,
   * when it holds it shared (the lock cannot be upgraded in place, so other writers may go first).
   */
  void exclusively(Runnable change) {
    Held held = HELD.get();
    boolean shared = held != null && held.lock() == this && held.shared();
    if (!shared) {
      change.run();
      return;
    }
    lock.readLock().unlock();
    lock.writeLock().lock();
    try {
      change.run();
    } finally {
      try {
        writerLeaving.run();
      } finally {
        lock.readLock().lock(); // downgrade: take the shared hold back before letting writers in
        lock.writeLock().unlock();
      }
    }
  }

  /** Whether the current request holds this lock (shared or alone). */
  public boolean heldByThisThread() {
    Held held = HELD.get();
    return held != null && held.lock() == this;
  }
}
