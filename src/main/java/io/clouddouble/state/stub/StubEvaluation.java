package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;
import io.clouddouble.ReadMostly;
import io.clouddouble.state.Resource;
import io.clouddouble.state.ResourceType;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.template.Bindings;
import io.clouddouble.state.template.Expression;
import io.clouddouble.state.template.Template;
import io.clouddouble.state.template.Values;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Evaluates one behaviour's state declarations for one request: its {@code let} queries bind
 * resources by name, once, and each outcome's {@code when} conditions decide whether it applies.
 */
final class StubEvaluation implements Template.QueryRunner {
  /** The {@code matches} conditions' patterns, compiled once each. */
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
  private final StateEngine engine;
  private final CallView call;
  private final Bindings bindings;

  StubEvaluation(StateEngine engine, CallView call) {
    this.engine = engine;
    this.call = call;
    this.bindings = call.bindInto(engine.bindings());
    bindings.bind(Template.QUERIES, this);
  }

  Bindings bindings() {
    return bindings;
  }

  CallView call() {
    return call;
  }

  /** Binds each {@code let} entry, in order, so later entries can use earlier ones. */
  void let(JsonNode lets) {
    if (lets == null) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> each = lets.fields();
    while (each.hasNext()) {
      Map.Entry<String, JsonNode> entry = each.next();
      bindings.bind(entry.getKey(), run(entry.getValue(), bindings));
    }
  }

  /** A resource by id, a list by {@code where}/{@code filter}, or a page of one (see stubs/README.md). */
  @Override
  public Object run(JsonNode query, Bindings scope) {
    String type = require(query, "type");
    boolean anyAccount = query.path("anyAccount").asBoolean(false);
    if (query.has("id")) {
      String id = Values.text(Template.evaluate(query.get("id"), scope));
      return id == null ? null : engine.store().find(call.scope(), type, id, anyAccount);
    }
    Map<String, Object> where = expectations(query.get("where"), scope);
    List<Resource> matches = new ArrayList<>();
    for (Resource resource : engine.store().candidates(call.scope(), type, anyAccount, indexable(where))) {
      if (where(resource, where) && filter(resource, query.get("filter"), scope)) {
        matches.add(resource);
      }
    }
    if (query.path("single").asBoolean(false)) {
      return matches.isEmpty() ? null : matches.get(0);
    }
    if (query.has("page")) {
      return Page.of(matches, query.get("page"), scope);
    }
    return matches;
  }

  /**
   * A {@code where}'s expected values, evaluated once per query, by field path; an entry whose
   * value is missing (an optional filter parameter the client did not send) filters nothing.
   */
  private static Map<String, Object> expectations(JsonNode where, Bindings scope) {
    if (where == null) {
      return Map.of();
    }
    Map<String, Object> expected = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> each = where.fields();
    while (each.hasNext()) {
      Map.Entry<String, JsonNode> entry = each.next();
      Object value = Template.evaluate(entry.getValue(), scope);
      if (value != null && !(Values.isList(value) && Values.elements(value).isEmpty())) {
        expected.put(entry.getKey(), value);
      }
    }
    return expected;
  }

  /**
   * The entries the store's field indexes can answer: those whose expected values are all scalars
   * (objects, such as a Tag's Key and Value, match member by member and are checked per candidate).
   * A match of an entry has the text of one of them as its own or as one of its elements' texts.
   */
  private static Map<String, List<String>> indexable(Map<String, Object> where) {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : where.entrySet()) {
      List<String> wanted = new ArrayList<>();
      for (Object element : Values.elements(entry.getValue())) {
        if (!(element instanceof JsonNode node && node.isValueNode())) {
          wanted = null;
          break;
        }
        wanted.add(Values.text(node));
      }
      if (wanted != null) {
        texts.put(entry.getKey(), wanted);
      }
    }
    return texts;
  }

  private static boolean where(Resource resource, Map<String, Object> where) {
    for (Map.Entry<String, Object> entry : where.entrySet()) {
      Object actual = Expression.field(resource, entry.getKey());
      if (!Matching.matches(actual, entry.getValue())) {
        return false;
      }
    }
    return true;
  }

  private boolean filter(Resource resource, JsonNode conditions, Bindings scope) {
    return conditions == null || all(conditions, scope.child().bind("it", resource));
  }

  boolean when(JsonNode conditions) {
    return conditions == null || all(conditions, bindings);
  }

  private boolean all(JsonNode conditions, Bindings scope) {
    for (JsonNode condition : conditions) {
      if (!holds(condition, scope)) {
        return false;
      }
    }
    return true;
  }

  private boolean holds(JsonNode c, Bindings scope) {
    if (c.has("all")) {
      return all(c.get("all"), scope);
    }
    if (c.has("any")) {
      for (JsonNode alternative : c.get("any")) {
        if (holds(alternative, scope)) {
          return true;
        }
      }
      return false;
    }
    if (c.has("not")) {
      return !holds(c.get("not"), scope);
    }
    if (c.has("exists")) {
      return present(Expression.parse(c.get("exists").asText()).evaluate(scope));
    }
    if (c.has("absent")) {
      return !present(Expression.parse(c.get("absent").asText()).evaluate(scope));
    }
    if (c.has("known")) {
      return known(c.get("known").asText(), Template.evaluate(c.get("id"), scope));
    }
    if (c.has("unknown")) {
      return !known(c.get("unknown").asText(), Template.evaluate(c.get("id"), scope));
    }
    if (c.has("path")) {
      Object value = Expression.parse(c.get("path").asText()).evaluate(scope);
      if (!Values.isList(value)) {
        return compare(c, Values.text(value), scope);
      }
      // A list (zones.ZoneStatus): positive tests hold for some element, negative ones for every element.
      boolean negative = c.has("notEquals") || c.has("notIn");
      for (Object element : Values.elements(value)) {
        if (compare(c, Values.text(element), scope) != negative) {
          return !negative;
        }
      }
      return negative;
    }
    throw new IllegalArgumentException("unknown condition " + c);
  }

  static boolean compare(JsonNode c, String actual, Bindings scope) {
    if (c.has("equals")) {
      return actual != null && actual.equals(Values.text(Template.evaluate(c.get("equals"), scope)));
    }
    if (c.has("notEquals")) {
      return !Objects.equals(actual, Values.text(Template.evaluate(c.get("notEquals"), scope)));
    }
    if (c.has("in")) {
      return actual != null && texts(Template.evaluate(c.get("in"), scope)).contains(actual);
    }
    if (c.has("notIn")) {
      return actual == null || !texts(Template.evaluate(c.get("notIn"), scope)).contains(actual);
    }
    if (c.has("contains")) { // substring, for fuzzy name filters; the value is a template
      String part = Values.text(Template.evaluate(c.get("contains"), scope));
      return actual != null && part != null && actual.contains(part);
    }
    if (c.has("matches")) {
      return actual != null && ReadMostly.get(PATTERNS, c.get("matches").asText(), Pattern::compile).matcher(actual).matches();
    }
    if (c.has("atLeast") || c.has("lessThan")) {
      return numeric(c, actual, scope);
    }
    throw new IllegalArgumentException("a path condition needs equals, notEquals, in, notIn, contains, matches, atLeast or lessThan: " + c);
  }

  /**
   * {@code atLeast} / {@code lessThan}: numeric comparisons with a template (a quota:
   * {@code {"path": "size(zones)", "atLeast": "${quota.zone}"}}); false when either side is not a number.
   */
  private static boolean numeric(JsonNode c, String actual, Bindings scope) {
    String limit = Values.text(Template.evaluate(c.has("atLeast") ? c.get("atLeast") : c.get("lessThan"), scope));
    try {
      int order = new java.math.BigDecimal(actual.trim()).compareTo(new java.math.BigDecimal(limit.trim()));
      return c.has("atLeast") ? order >= 0 : order < 0;
    } catch (NumberFormatException | NullPointerException e) {
      return false;
    }
  }

  private static List<String> texts(Object list) {
    return Values.elements(list).stream().map(Values::text).toList();
  }

  private static boolean present(Object value) {
    return value != null && !(Values.isList(value) && Values.elements(value).isEmpty());
  }

  /**
   * Whether foreign resources exist: the ones a world declares in this scope if it declares any
   * of the type, else any well-formed id. A list of ids is known when each one is.
   */
  private boolean known(String typeName, Object ids) {
    ResourceType type = engine.types().get(call.scope().cloud(), typeName);
    boolean declared = engine.store().any(call.scope(), typeName, false);
    for (Object id : Values.elements(ids)) {
      String text = Values.text(id);
      boolean exists =
          declared
              ? engine.store().find(call.scope(), typeName, text, false) != null
              : type.isForeign() && type.foreign().matcher(text).matches();
      if (!exists) {
        return false;
      }
    }
    return true;
  }

  static String require(JsonNode spec, String field) {
    if (!spec.hasNonNull(field)) {
      throw new IllegalArgumentException("'" + field + "' is required in " + spec);
    }
    return spec.get(field).asText();
  }
}
