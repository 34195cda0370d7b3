package io.clouddouble.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.clouddouble.state.template.Navigable;
import io.clouddouble.state.template.Values;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One stored resource: its fields are the provider's response fields, so bodies render it
 * directly. It is owned by one account (and region, for regional types) and may be shared with
 * other scopes, as a VPC peering connection is with the accepting account. Mutated only under the
 * engine's lock.
 */
public final class Resource implements Navigable {
  private final String type;
  private final String id;
  private final Scope owner;
  private final boolean regional;
  private final List<Scope> sharedWith;
  private final ObjectNode fields;
  private final ResourceStore store;
  private final long order; // creation order in the store; a resource put in another's place keeps its order
  private final AtomicLong reads = new AtomicLong(); // counted by reads that share the state lock

  Resource(
      String type,
      String id,
      Scope owner,
      boolean regional,
      List<Scope> sharedWith,
      ObjectNode fields,
      ResourceStore store,
      long order) {
    this.type = type;
    this.id = id;
    this.owner = owner;
    this.regional = regional;
    this.sharedWith = List.copyOf(sharedWith);
    this.fields = fields;
    this.store = store;
    this.order = order;
  }

  /** Creation order in the store (a resource put in another's place keeps its order). */
  public long order() {
    return order;
  }

  public String type() {
    return type;
  }

  public String id() {
    return id;
  }

  public Scope owner() {
    return owner;
  }

  public boolean regional() {
    return regional;
  }

  public List<Scope> sharedWith() {
    return sharedWith;
  }

  /**
   * The live fields; callers outside the engine must hold the state lock. Whoever takes them may
   * change them, so the resource counts as touched (readers use {@link #member} or {@link #toJson}).
   */
  public ObjectNode fields() {
    store.changes().touched(this);
    store.mayChange(this);
    return fields;
  }

  public long reads() {
    return reads.get();
  }

  void countRead() {
    reads.incrementAndGet();
  }

  /** Whether a request acting in {@code scope} sees this resource. */
  public boolean visibleTo(Scope scope) {
    return within(owner, scope) || sharedWith.stream().anyMatch(s -> within(s, scope));
  }

  private boolean within(Scope holder, Scope scope) {
    return holder.cloud().equals(scope.cloud())
        && holder.account().equals(scope.account())
        && (!regional || holder.region().equals(scope.region()));
  }

  @Override
  public Object member(String name) {
    return switch (name) {
      case "$id" -> TextNode.valueOf(id);
      case "$type" -> TextNode.valueOf(type);
      case "$account" -> TextNode.valueOf(owner.account());
      case "$region" -> TextNode.valueOf(owner.region());
      default -> Values.present(fields.get(name));
    };
  }

  @Override
  public JsonNode toJson() {
    return fields.deepCopy();
  }

  @Override
  public String toString() {
    return type + " " + id;
  }
}
