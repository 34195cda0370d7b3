package io.clouddouble.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code GET requests}: the request log newest first, filtered by cloud, product, operation,
 * account, region, status ({@code 200}, {@code 4xx}), error code and a search text, after a
 * sequence number (for live polling), at most {@code limit} calls; each with the resources it touched.
 */
final class RequestQuery {
  static final int DEFAULT_LIMIT = 100;
  private final String cloud;
  private final String product;
  private final String operation;
  private final String account;
  private final String region;
  private final String status;
  private final String code;
  private final String q;
  private final long after;
  private final int limit;

  private RequestQuery(Request request, int capacity) {
    this.cloud = AdminJson.query(request, "cloud");
    this.product = AdminJson.query(request, "product");
    this.operation = lower(AdminJson.query(request, "operation"));
    this.account = AdminJson.query(request, "account");
    this.region = AdminJson.query(request, "region");
    this.status = AdminJson.query(request, "status");
    if (status != null && !status.matches("[1-5]([0-9][0-9]|xx)")) {
      throw new AdminJson.BadInput("status is a code (404) or a class (4xx), not '" + status + "'");
    }
    this.code = AdminJson.query(request, "code");
    this.q = lower(AdminJson.query(request, "q"));
    this.after = ResourceQuery.number(request, "after", -1, -1, Integer.MAX_VALUE);
    this.limit = ResourceQuery.number(request, "limit", Math.min(DEFAULT_LIMIT, capacity), 1, capacity);
  }

  /** @param touched the resources a call touched, as console links */
  static ObjectNode page(Request request, RequestLog log, Function<LoggedCall, ArrayNode> touched) {
    return new RequestQuery(request, log.capacity()).page(log, touched);
  }

  private ObjectNode page(RequestLog log, Function<LoggedCall, ArrayNode> touched) {
    ObjectNode body = AdminJson.JSON.createObjectNode();
    body.put("capacity", log.capacity());
    body.put("recorded", log.recorded());
    ArrayNode list = body.putArray("requests");
    for (LoggedCall call : log.newestFirst()) {
      if (list.size() == limit || call.sequence() <= after) {
        break;
      }
      if (keeps(call)) {
        ObjectNode item = call.toJson();
        item.set("resources", touched.apply(call));
        list.add(item);
      }
    }
    return body;
  }

  private boolean keeps(LoggedCall call) {
    return equal(cloud, call.cloud())
        && equal(product, call.product())
        && (operation == null || lower(call.operation()) != null && lower(call.operation()).contains(operation))
        && equal(account, call.account())
        && equal(region, call.region())
        && (status == null || statusMatches(call.status()))
        && (code == null || code.equals(call.outcome().code()))
        && (q == null || lower(call.toJson().toString()).contains(q));
  }

  private boolean statusMatches(int actual) {
    String text = String.valueOf(actual);
    return status.endsWith("xx") ? text.charAt(0) == status.charAt(0) : text.equals(status);
  }

  private static boolean equal(String wanted, String actual) {
    return wanted == null || wanted.equals(actual);
  }

  private static String lower(String text) {
    return text == null || text.isBlank() ? null : text.toLowerCase(Locale.ROOT);
  }
}
