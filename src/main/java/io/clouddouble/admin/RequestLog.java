package io.clouddouble.admin;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * The last N calls the fake answered, for the console and {@code GET /__admin/clouddouble/requests}.
 * Recorded after the response is sent, in constant time and taking no lock of its own (a ring of slots and an
 * atomic counter), so concurrent requests never wait for each other here; what needs parsing (the
 * error code, why, the resources touched) is worked out only when someone reads the log.
 */
public final class RequestLog implements ServeEventListener {
  public static final int DEFAULT_CAPACITY = 1_000;
  private final AtomicReferenceArray<LoggedCall> slots;
  private final AtomicLong next = new AtomicLong();
  private final Outcome.Reason reason;
  private final Consumer<String> verbose;

  /** @param verbose where to print one line per call ({@code --verbose}), or null */
  public RequestLog(int capacity, Outcome.Reason reason, Consumer<String> verbose) {
    if (capacity < 1) {
      throw new IllegalArgumentException("the request log needs room for at least one call");
    }
    this.slots = new AtomicReferenceArray<>(capacity);
    this.reason = reason;
    this.verbose = verbose;
  }

  @Override
  public String getName() {
    return "clouddouble-request-log";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public void afterComplete(ServeEvent event, Parameters parameters) {
    if (event.getRequest().getUrl().startsWith("/__admin")) {
      return;
    }
    long sequence = next.getAndIncrement();
    LoggedCall call = LoggedCall.of(sequence, event, reason);
    slots.set(slot(sequence), call);
    if (verbose != null) {
      verbose.accept(call.line());
    }
  }

  public int capacity() {
    return slots.length();
  }

  /** How many calls were recorded since the fake started (older ones have left the ring). */
  public long recorded() {
    return next.get();
  }

  /** The calls still in the ring, newest first. */
  public List<LoggedCall> newestFirst() {
    long end = next.get();
    List<LoggedCall> calls = new ArrayList<>();
    for (long sequence = end - 1; sequence >= Math.max(0, end - slots.length()); sequence--) {
      LoggedCall call = slots.get(slot(sequence));
      // a slot may already hold a newer call, or not yet the one its sequence was handed out for
      if (call != null && call.sequence() == sequence) {
        calls.add(call);
      }
    }
    return calls;
  }

  private int slot(long sequence) {
    return (int) (sequence % slots.length());
  }
}
