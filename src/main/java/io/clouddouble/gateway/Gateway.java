package io.clouddouble.gateway;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.clouddouble.auth.Authenticator;
import io.clouddouble.auth.Principal;
import io.clouddouble.contract.Contract;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.contract.RequestValidator;
import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.Cloud;
import io.clouddouble.protocol.CloudError;
import io.clouddouble.protocol.CommonErrors;
import io.clouddouble.protocol.Envelopes;
import io.clouddouble.protocol.GatewayHeaders;
import io.clouddouble.protocol.HuaweiCall;
import io.clouddouble.protocol.Regions;
import io.clouddouble.protocol.RequestIds;
import io.clouddouble.protocol.TaggedAnswers;
import io.clouddouble.protocol.TaggedRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the cloud's API gateway does before a request reaches a service: recognise the provider,
 * parse the request, authenticate it, route it to an operation's contract and validate it. A
 * request that fails any step is answered here with the provider's documented error; one that
 * passes continues to the stubs carrying {@link GatewayHeaders}.
 */
public final class Gateway implements StubRequestFilterV2 {
  private static final Logger LOG = Logger.getLogger(Gateway.class.getName());
  private final Authenticator authenticator;
  private final ContractRegistry contracts;
  private final RequestValidator validator;

  public Gateway(Authenticator authenticator, ContractRegistry contracts, RequestValidator validator) {
    this.authenticator = authenticator;
    this.contracts = contracts;
    this.validator = validator;
  }

  @Override
  public String getName() {
    return "clouddouble-gateway";
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    Cloud cloud = Cloud.of(request);
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put(GatewayHeaders.REQUEST_ID, RequestIds.mint(cloud));
    tags.put(GatewayHeaders.CLOUD, cloud.id());
    try {
      Object[] findings = cloud == Cloud.ALIBABA ? alibaba(request, tags) : huawei(request, tags);
      return RequestFilterAction.continueWith(TaggedRequest.of(request, tags, findings));
    } catch (CloudError error) {
      return refused(cloud, error, request, tags);
    } catch (RuntimeException bug) {
      LOG.log(Level.WARNING, "internal error on " + request.getMethod() + " " + request.getUrl(), bug);
      return refused(cloud, CommonErrors.internalError(cloud), request, tags);
    }
  }

  /** The error in the provider's envelope, keeping the tags the gateway had given the request so far. */
  private static RequestFilterAction refused(Cloud cloud, CloudError error, Request request, Map<String, String> tags) {
    Request tagged = TaggedRequest.of(request, tags);
    return RequestFilterAction.stopWith(TaggedAnswers.of(Envelopes.error(cloud, error, tagged), tagged));
  }

  /** The call's parse, once it passed every check. */
  private Object[] alibaba(Request request, Map<String, String> routed) {
    AlibabaCall call = AlibabaCall.parse(request);
    if (!AlibabaCall.path(request.getUrl()).equals("/")) {
      throw CommonErrors.apiNotFound(Cloud.ALIBABA);
    }
    if (!call.method().equals("GET") && !call.method().equals("POST")) {
      throw CommonErrors.unsupportedMethod(Cloud.ALIBABA);
    }
    if (call.action() == null) {
      throw new CloudError(400, "MissingAction", "Action is mandatory for this action.");
    }
    if (call.version() == null) {
      throw new CloudError(400, "MissingVersion", "Version is mandatory for this action.");
    }
    Principal principal = authenticator.alibaba(call);
    if (!contracts.knowsAlibabaVersion(call.version())) {
      throw new CloudError(400, "InvalidVersion", "Specified parameter Version is not valid.");
    }
    Contract contract =
        contracts
            .alibaba(call.version(), call.action())
            .orElseThrow(
                () ->
                    new CloudError(
                        404,
                        "InvalidAction.NotFound",
                        "Specified api is not found, please check your url and method."));
    routed.put(GatewayHeaders.PRODUCT, contract.product());
    routed.put(GatewayHeaders.OPERATION, contract.id());
    validator.alibaba(contract, call);
    String region = call.param("RegionId");
    routed.put(GatewayHeaders.ACCOUNT, principal.accountId());
    routed.put(GatewayHeaders.REGION, region != null ? region : Regions.alibaba(call.host()));
    return new Object[] {call};
  }

  /** The call's parse and its route (with the path's variables), once it passed every check. */
  private Object[] huawei(Request request, Map<String, String> routed) {
    HuaweiCall call = HuaweiCall.parse(request);
    Principal principal = authenticator.huawei(call);
    ContractRegistry.HuaweiMatch match =
        contracts
            .huawei(call.method(), call.path(), call.queryParams(), call.body())
            .orElseThrow(() -> CommonErrors.apiNotFound(Cloud.HUAWEI));
    routed.put(GatewayHeaders.PRODUCT, match.contract().product());
    routed.put(GatewayHeaders.OPERATION, match.contract().id());
    validator.huawei(match.contract(), call, match.pathParams());
    routed.put(GatewayHeaders.ACCOUNT, principal.accountId());
    routed.put(GatewayHeaders.REGION, Regions.huawei(GatewayHeaders.get(request, "Host")));
    return new Object[] {call, match};
  }
}
