package io.clouddouble.contracttest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.clouddouble.contract.Contract;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.contract.ResponseValidator;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What one case talks to the target through. Every checked call validates the answer against the
 * operation's contract (schema, envelope, documented error catalogue) and the case's expectation;
 * the first drift is recorded and stops the case.
 */
final class Session {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ContractCase contractCase;
  private final TargetConfig config;
  private final ContractRegistry contracts;
  private final ResponseValidator validator;
  private final SignedClient client;
  private final Waiter waiter;
  private final Cleanup cleanup = new Cleanup();
  private final List<Drift> drifts = new ArrayList<>();

  Session(
      ContractCase contractCase,
      TargetConfig config,
      ContractRegistry contracts,
      ResponseValidator validator,
      SignedClient client,
      Waiter waiter) {
    this.contractCase = contractCase;
    this.config = config;
    this.contracts = contracts;
    this.validator = validator;
    this.client = client;
    this.waiter = waiter;
  }

  /** An answer: its status, its error code (null on success) and its JSON body. */
  record Answer(int status, String code, JsonNode body) {
    boolean ok() {
      return status < 300;
    }
  }

  /** An Alibaba call, signed as the case says, checked against the contract and {@code expected}. */
  Answer alibaba(String operation, Map<String, String> params, Expectation expected) {
    return checked(alibabaExchange(operation, params), expected);
  }

  /** A DNS call, checked against the contract and {@code expected}. */
  Answer dns(String operation, String method, String path, Map<String, String> query, String body, Expectation expected) {
    return checked(client.huawei(contract(operation), method, path, query, body), expected);
  }

  /** A call whose answer is not judged: cleanup, where only "is it gone" matters. */
  Answer alibabaUnchecked(String operation, Map<String, String> params) {
    return answer(alibabaExchange(operation, params));
  }

  Answer dnsUnchecked(String operation, String method, String path) {
    return answer(client.huawei(contract(operation), method, path, Map.of(), null));
  }

  /**
   * An Alibaba call that is not in the contracts (deleting what a lifecycle created when the delete
   * operation is out of scope); unchecked.
   */
  Answer alibabaOutOfScope(String version, String action, Map<String, String> params) {
    Contract pseudo = OutOfScope.contract(contractCase.product(), version, action);
    return answer(client.alibaba(contractCase.product(), pseudo, params, contractCase.signing()));
  }

  void await(String what, BooleanSupplier done) {
    waiter.await(what, done);
  }

  Cleanup cleanup() {
    return cleanup;
  }

  TargetConfig config() {
    return config;
  }

  String alibabaRegion() {
    return config.alibaba().map(TargetConfig.AlibabaAccount::region).orElse("cn-hangzhou");
  }

  String huaweiRegion() {
    return config.huawei().map(TargetConfig.HuaweiAccount::region).orElse("cn-north-4");
  }

  /** A name no earlier run used, so runs never collide: {@code prefix-<8 hex>}. */
  static String unique(String prefix) {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    return prefix + "-" + HexFormat.of().formatHex(bytes);
  }

  List<Drift> drifts() {
    return drifts;
  }

  private Exchange alibabaExchange(String operation, Map<String, String> params) {
    return client.alibaba(contractCase.product(), contract(operation), params, contractCase.signing());
  }

  private Contract contract(String operation) {
    return contracts.byId(operation).orElseThrow(() -> new IllegalArgumentException("no contract " + operation));
  }

  private Answer checked(Exchange exchange, Expectation expected) {
    Answer answer = answer(exchange);
    // The validator prefixes each violation with "<operation> <status>: ", which the drift already says.
    String prefix = exchange.operation() + " " + exchange.status() + ": ";
    List<String> problems = new ArrayList<>();
    validator.validate(contract(exchange.operation()), exchange.status(), exchange.responseHeaders(), exchange.body())
        .forEach(v -> problems.add(v.startsWith(prefix) ? v.substring(prefix.length()) : v));
    expected.mismatch(answer.status(), answer.code()).ifPresent(problems::add);
    if (!problems.isEmpty()) {
      Drift drift = new Drift(contractCase.id(), exchange.operation(), problems, exchange);
      drifts.add(drift);
      throw new DriftFound(drift);
    }
    return answer;
  }

  private static Answer answer(Exchange exchange) {
    JsonNode body = parse(exchange.body());
    String code = null;
    if (exchange.status() >= 300) {
      for (String name : new String[] {"Code", "error_code", "code"}) {
        if (body.path(name).isTextual()) {
          code = body.get(name).asText();
          break;
        }
      }
    }
    return new Answer(exchange.status(), code, body);
  }

  private static JsonNode parse(String body) {
    try {
      JsonNode node = body == null || body.isEmpty() ? null : JSON.readTree(body);
      return node == null ? MissingNode.getInstance() : node;
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }
}
