package io.clouddouble.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clouddouble.state.StateEngine;
import io.clouddouble.state.transition.PendingTransition;
import io.clouddouble.state.transition.Progression;
import java.time.Duration;
import java.time.Instant;

/** Pending transitions as the console shows them: when each is due on the fake's clock, and how it progresses. */
final class PendingView {
  private PendingView() {}

  static ObjectNode all(StateEngine engine) {
    ObjectNode body = AdminJson.JSON.createObjectNode();
    body.put("now", engine.clock().get().toString());
    body.put("offset", engine.clock().offset().toString());
    ArrayNode list = body.putArray("pending");
    engine.transitions().pending().forEach(p -> list.add(of(p, engine)));
    return body;
  }

  static ObjectNode of(PendingTransition p, StateEngine engine) {
    Progression progression = engine.transitions().definition(p.name()).progression();
    Instant due = engine.transitions().dueBy(p);
    ObjectNode item = AdminJson.JSON.createObjectNode();
    item.put("transition", p.name());
    item.put("cloud", p.cloud());
    item.put("type", p.type());
    item.put("id", p.id());
    item.put("startedAt", p.startedAt().toString());
    item.setAll(progression.toJson());
    if (due != null) {
      item.put("due", due.toString());
      item.put("dueInMillis", Math.max(0, Duration.between(engine.clock().get(), due).toMillis()));
    }
    return item;
  }
}
