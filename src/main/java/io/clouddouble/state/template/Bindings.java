package io.clouddouble.state.template;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Names visible to expressions, with lexical nesting: a loop item or a list filter's {@code it}
 * shadows outer names. The root also carries a listener told about every {@link Navigable} an
 * expression touches, which is how reads of a resource are counted.
 */
public final class Bindings {
  private final Bindings parent;
  private final Bindings root;
  private final Map<String, Object> values = new HashMap<>();
  private Consumer<Navigable> readListener;

  private Bindings(Bindings parent) {
    this.parent = parent;
    this.root = parent == null ? this : parent.root;
  }

  public static Bindings root() {
    return new Bindings(null);
  }

  public Bindings child() {
    return new Bindings(this);
  }

  public Bindings bind(String name, Object value) {
    values.put(name, value);
    return this;
  }

  public Object lookup(String name) {
    for (Bindings b = this; b != null; b = b.parent) {
      Object value = b.values.get(name);
      if (value != null || b.values.containsKey(name)) {
        return value;
      }
    }
    return null;
  }

  /** Sets (or, with null, clears) the listener that sees every navigated value. */
  public void onRead(Consumer<Navigable> listener) {
    root.readListener = listener;
  }

  void touched(Navigable value) {
    Consumer<Navigable> listener = root.readListener;
    if (listener != null) {
      listener.accept(value);
    }
  }
}
