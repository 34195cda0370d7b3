package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.http.Request;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.Cloud;
import io.clouddouble.protocol.GatewayHeaders;
import io.clouddouble.protocol.HuaweiCall;
import io.clouddouble.protocol.TaggedRequest;
import io.clouddouble.state.Scope;
import io.clouddouble.state.template.Bindings;
import io.clouddouble.state.template.Navigable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A routed request as the stubs see it: who and where (from the gateway's headers) and what it
 * asks, bound for templates as {@code param} (Alibaba parameters, Huawei query), {@code body}
 * (Huawei JSON body), {@code path} (Huawei path variables) and {@code request}.
 */
public final class CallView {
  private final Cloud cloud;
  private final Scope scope;
  private final String operation;
  private final String requestId;
  private final Map<String, String> params;
  private final JsonNode body;
  private final Map<String, String> pathParams;
  private final String host;

  private CallView(Cloud cloud, Scope scope, String operation, String requestId, Map<String, String> params,
      JsonNode body, Map<String, String> pathParams, String host) {
    this.cloud = cloud;
    this.scope = scope;
    this.operation = operation;
    this.requestId = requestId;
    this.params = params;
    this.body = body;
    this.pathParams = pathParams;
    this.host = host;
  }

  /** True when the gateway routed this request (only such requests reach the stubs' state). */
  public static boolean routed(Request request) {
    return GatewayHeaders.get(request, GatewayHeaders.OPERATION) != null
        && GatewayHeaders.get(request, GatewayHeaders.ACCOUNT) != null;
  }

  /** The view the state gate made of the request this thread serves, kept for the responder. */
  private static final ThreadLocal<CallView> CURRENT = new ThreadLocal<>();

  /**
   * The view of {@code request}: the one {@link #remember remembered} for it on this thread (the
   * state gate's, so the responder does not parse the request again), or a new one.
   */
  public static CallView recall(Request request, ContractRegistry contracts) {
    CallView current = current(GatewayHeaders.get(request, GatewayHeaders.REQUEST_ID));
    return current != null ? current : of(request, contracts);
  }

  /** The view this thread keeps for the request with {@code requestId}, or null (a request no state gate saw). */
  public static CallView current(String requestId) {
    CallView current = CURRENT.get();
    return current != null && current.requestId.equals(requestId) ? current : null;
  }

  /** Keeps this view for the rest of the request on this thread ({@link #forget} ends it). */
  void remember() {
    CURRENT.set(this);
  }

  /** Called when a request ends. */
  static void forget() {
    CURRENT.remove();
  }

  public static CallView of(Request request, ContractRegistry contracts) {
    Cloud cloud = Cloud.valueOf(GatewayHeaders.get(request, GatewayHeaders.CLOUD).toUpperCase(Locale.ROOT));
    Scope scope =
        new Scope(
            cloud.id(),
            GatewayHeaders.get(request, GatewayHeaders.ACCOUNT),
            GatewayHeaders.get(request, GatewayHeaders.REGION));
    String host = GatewayHeaders.get(request, "Host");
    if (cloud == Cloud.ALIBABA) {
      AlibabaCall call = TaggedRequest.finding(request, AlibabaCall.class);
      return new CallView(cloud, scope, GatewayHeaders.get(request, GatewayHeaders.OPERATION),
          GatewayHeaders.get(request, GatewayHeaders.REQUEST_ID), (call != null ? call : AlibabaCall.parse(request)).params(),
          null, Map.of(), host);
    }
    HuaweiCall parsed = TaggedRequest.finding(request, HuaweiCall.class);
    HuaweiCall call = parsed != null ? parsed : HuaweiCall.parse(request);
    ContractRegistry.HuaweiMatch route = TaggedRequest.finding(request, ContractRegistry.HuaweiMatch.class);
    Map<String, String> pathParams =
        (route != null ? Optional.of(route) : contracts.huawei(call.method(), call.path()))
            .map(ContractRegistry.HuaweiMatch::pathParams)
            .orElse(Map.of());
    return new CallView(cloud, scope, GatewayHeaders.get(request, GatewayHeaders.OPERATION),
        GatewayHeaders.get(request, GatewayHeaders.REQUEST_ID), call.queryParams(), call.body(), pathParams, host);
  }

  public Cloud cloud() {
    return cloud;
  }

  public Scope scope() {
    return scope;
  }

  /** {@code <Product>:<Operation>}. */
  public String operation() {
    return operation;
  }

  public String requestId() {
    return requestId;
  }

  public String param(String name) {
    return params.get(name);
  }

  public Map<String, String> params() {
    return params;
  }

  /** Binds {@code param}, {@code body}, {@code path} and {@code request} into {@code bindings}. */
  public Bindings bindInto(Bindings bindings) {
    ObjectNode requestInfo = JsonNodeFactory.instance.objectNode();
    requestInfo.put("cloud", scope.cloud());
    requestInfo.put("account", scope.account());
    requestInfo.put("region", scope.region());
    requestInfo.put("operation", operation);
    requestInfo.put("requestId", requestId);
    requestInfo.put("host", host == null ? "" : host);
    requestInfo.put("baseUrl", "http://" + (host == null ? "" : host));
    ObjectNode path = JsonNodeFactory.instance.objectNode();
    pathParams.forEach(path::put);
    return bindings
        .bind("param", new Params(params))
        .bind("body", body)
        .bind("path", path)
        .bind("request", requestInfo);
  }

  /**
   * Request parameters by name. Flattened lists read as JSON arrays: {@code SecurityGroupId.1..N}
   * as strings, {@code Zone.N.ZoneId} / {@code Tag.N.Key} as objects, in index order.
   */
  private record Params(Map<String, String> params) implements Navigable {
    @Override
    public Object member(String name) {
      String exact = params.get(name);
      if (exact != null) {
        return TextNode.valueOf(exact);
      }
      TreeMap<Integer, JsonNode> elements = new TreeMap<>();
      String prefix = name + ".";
      for (Map.Entry<String, String> p : params.entrySet()) {
        if (!p.getKey().startsWith(prefix)) {
          continue;
        }
        String rest = p.getKey().substring(prefix.length());
        int dot = rest.indexOf('.');
        int index;
        try {
          index = Integer.parseInt(dot < 0 ? rest : rest.substring(0, dot));
        } catch (NumberFormatException e) {
          continue;
        }
        if (dot < 0) {
          elements.put(index, TextNode.valueOf(p.getValue()));
        } else {
          JsonNode element = elements.computeIfAbsent(index, i -> JsonNodeFactory.instance.objectNode());
          if (element instanceof ObjectNode object) {
            object.put(rest.substring(dot + 1), p.getValue());
          }
        }
      }
      if (elements.isEmpty()) {
        return null;
      }
      List<JsonNode> list = new ArrayList<>(elements.values());
      return JsonNodeFactory.instance.arrayNode().addAll(list);
    }

    @Override
    public JsonNode toJson() {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      params.forEach(out::put);
      return out;
    }
  }
}
