package io.clouddouble.record;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.clouddouble.contract.Contract;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.Cloud;
import io.clouddouble.protocol.CloudError;
import io.clouddouble.protocol.Envelopes;
import io.clouddouble.protocol.HuaweiCall;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The recording proxy's only behaviour: every call is routed by its contract to the real endpoint,
 * re-signed, forwarded, answered with what the real cloud said, and handed to the {@link Recording}.
 * Calls outside the contracts are refused (playback could not serve them anyway).
 */
final class ForwardingFilter implements StubRequestFilterV2 {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  /** Not passed back: the proxy's own server frames the answer. */
  private static final Set<String> HOP_BY_HOP =
      Set.of("connection", "content-length", "transfer-encoding", "keep-alive", "content-encoding", ":status");

  private final ContractRegistry contracts;
  private final RealEndpoints endpoints;
  private final Resigner resigner;
  private final Recording recording;
  private final Consumer<String> log;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  ForwardingFilter(
      ContractRegistry contracts,
      RealEndpoints endpoints,
      Resigner resigner,
      Recording recording,
      Consumer<String> log) {
    this.contracts = contracts;
    this.endpoints = endpoints;
    this.resigner = resigner;
    this.recording = recording;
    this.log = log;
  }

  @Override
  public String getName() {
    return "clouddouble-recording-proxy";
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    Cloud cloud = Cloud.of(request);
    try {
      Contract contract;
      OutgoingRequest outgoing;
      if (cloud == Cloud.ALIBABA) {
        AlibabaCall call = AlibabaCall.parse(request);
        contract = alibabaContract(call);
        outgoing = resigner.alibaba(call, endpoints.baseFor(contract.product(), call.param("RegionId")));
      } else {
        HuaweiCall call = HuaweiCall.parse(request);
        contract = huaweiContract(call);
        outgoing = resigner.huawei(call, endpoints.baseFor(contract.product(), null));
      }
      HttpResponse<byte[]> answer = send(outgoing);
      Map<String, String> headers = new LinkedHashMap<>();
      answer.headers().map().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !values.isEmpty()) {
          headers.put(name, values.get(0));
        }
      });
      recording.add(new Exchange(contract.id(), request, answer.statusCode(), headers, answer.body(), outgoing.secrets()));
      log.accept(contract.id() + " -> " + answer.statusCode());
      return RequestFilterAction.stopWith(
          new ResponseDefinitionBuilder()
              .withStatus(answer.statusCode())
              .withHeaders(new HttpHeaders(headers.entrySet().stream().map(h -> new HttpHeader(h.getKey(), h.getValue())).toList()))
              .withBody(answer.body())
              .build());
    } catch (CloudError error) {
      log.accept("not recorded: " + request.getMethod() + " " + AlibabaCall.path(request.getUrl()) + ": " + error.getMessage());
      return RequestFilterAction.stopWith(Envelopes.error(cloud, error, request));
    }
  }

  private Contract alibabaContract(AlibabaCall call) {
    return contracts
        .alibaba(call.version() == null ? "" : call.version(), call.action() == null ? "" : call.action())
        .orElseThrow(
            () -> new CloudError(404, "InvalidAction.NotFound",
                call.action() + " " + call.version() + " is not in clouddouble's contracts; it cannot be recorded."));
  }

  private Contract huaweiContract(HuaweiCall call) {
    return contracts
        .huawei(call.method(), call.path(), call.queryParams(), call.body())
        .orElseThrow(
            () -> new CloudError(404, "APIGW.0101",
                call.method() + " " + call.path() + " is not in clouddouble's contracts; it cannot be recorded."))
        .contract();
  }

  private HttpResponse<byte[]> send(OutgoingRequest outgoing) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(outgoing.uri())
            .timeout(TIMEOUT)
            .method(
                outgoing.method(),
                outgoing.body().length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(outgoing.body()));
    outgoing.headers().forEach(builder::header);
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new CloudError(502, "clouddouble.ForwardingFailed", "The recorder cannot reach " + outgoing.uri().getHost() + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CloudError(502, "clouddouble.ForwardingFailed", "Interrupted while forwarding.");
    }
  }
}
