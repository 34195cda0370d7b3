package io.clouddouble.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.common.Timing;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.clouddouble.protocol.GatewayHeaders;
import io.clouddouble.protocol.TaggedAnswers;
import io.clouddouble.state.stub.CallView;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One call in the {@link RequestLog}: what the gateway made of it (cloud, operation, account,
 * region), its status and latency. Never its headers or query string, which carry signatures and
 * tokens. Its {@link Outcome} is worked out on first use from the little it keeps of the serve
 * event: the last thousand calls stay in memory, and a whole serve event (the request and answer,
 * copied) kept that long outlives the young generation and fills the old one under load.
 */
public final class LoggedCall {
  private final long sequence;
  private final Instant at;
  private final String mapping;
  private final Parameters explained;
  private final byte[] errorBody;
  private final CallView view;
  private final Outcome.Reason reason;
  private final String cloud;
  private final String product;
  private final String operation;
  private final String account;
  private final String region;
  private final String requestId;
  private final String method;
  private final String path;
  private final int status;
  private final Integer millis;
  private volatile Outcome outcome;

  private LoggedCall(long sequence, ServeEvent event, Outcome.Reason reason) {
    Request request = TaggedAnswers.request(event);
    this.sequence = sequence;
    this.at = Instant.now();
    StubMapping matched = event.getStubMapping();
    this.mapping = matched == null || !event.getWasMatched() ? null : matched.getName();
    this.explained = Outcome.explanation(event);
    this.reason = reason;
    this.cloud = GatewayHeaders.get(request, GatewayHeaders.CLOUD);
    this.product = GatewayHeaders.get(request, GatewayHeaders.PRODUCT);
    this.operation = GatewayHeaders.get(request, GatewayHeaders.OPERATION);
    this.account = GatewayHeaders.get(request, GatewayHeaders.ACCOUNT);
    this.region = GatewayHeaders.get(request, GatewayHeaders.REGION);
    this.requestId = GatewayHeaders.get(request, GatewayHeaders.REQUEST_ID);
    this.method = request.getMethod().getName();
    String url = request.getUrl();
    int query = url.indexOf('?');
    this.path = query < 0 ? url : url.substring(0, query);
    this.status = event.getResponse() == null ? 0 : event.getResponse().getStatus();
    this.errorBody = status >= 400 ? event.getResponse().getBody() : null;
    this.view = CallView.current(requestId);
    Timing timing = event.getTiming();
    this.millis = timing == null ? null : timing.getTotalTime();
  }

  static LoggedCall of(long sequence, ServeEvent event, Outcome.Reason reason) {
    return new LoggedCall(sequence, event, reason);
  }

  public long sequence() {
    return sequence;
  }

  /** What the answer recorded about itself (the behaviour responder's explanation). */
  Parameters explained() {
    return explained;
  }

  /** The state engine's view of the request, or null when it never reached the state engine. */
  CallView view() {
    return view;
  }

  public String cloud() {
    return cloud;
  }

  public String product() {
    return product;
  }

  public String operation() {
    return operation;
  }

  public String account() {
    return account;
  }

  public String region() {
    return region;
  }

  public int status() {
    return status;
  }

  public Outcome outcome() {
    Outcome known = outcome;
    if (known == null) {
      known = Outcome.of(operation, mapping, explained, errorBody, reason);
      outcome = known;
    }
    return known;
  }

  /** The {@code --verbose} line: time, cloud, operation, account, region, status, latency, mapping or code. */
  String line() {
    Outcome o = outcome();
    return String.format(
        "%s %s %s account=%s region=%s -> %d %s %s%s",
        at.truncatedTo(ChronoUnit.MILLIS),
        cloud == null ? "-" : cloud,
        operation == null ? method + " " + path : operation,
        account == null ? "-" : account,
        region == null ? "-" : region,
        status,
        millis == null ? "-" : millis + "ms",
        o.code() != null ? "code=" + o.code() : "mapping=" + (o.mapping() == null ? "-" : "\"" + o.mapping() + "\""),
        o.why() == null ? "" : " why=" + o.why());
  }

  ObjectNode toJson() {
    Outcome o = outcome();
    ObjectNode json = AdminJson.JSON.createObjectNode();
    json.put("sequence", sequence);
    json.put("at", at.toString());
    json.put("cloud", cloud);
    json.put("product", product);
    json.put("operation", operation);
    json.put("account", account);
    json.put("region", region);
    json.put("requestId", requestId);
    json.put("method", method);
    json.put("path", path);
    json.put("status", status);
    json.put("millis", millis);
    json.put("mapping", o.mapping());
    json.put("code", o.code());
    json.put("why", o.why());
    return json;
  }
}
