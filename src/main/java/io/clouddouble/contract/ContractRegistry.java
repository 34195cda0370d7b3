package io.clouddouble.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import io.clouddouble.DataRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All contracts under a {@code contracts/} root, indexed the way requests are routed: Alibaba by
 * version and action, Huawei by method and path template.
 */
public final class ContractRegistry {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, Contract> alibaba = new HashMap<>();
  private final Set<String> alibabaVersions = new HashSet<>();
  private final List<HuaweiRoute> huawei = new ArrayList<>();
  /** The routes in {@link #SPECIFIC_FIRST} order, by method and number of path segments: a template matches only paths with as many. */
  private final Map<Shape, List<HuaweiRoute>> huaweiByShape = new HashMap<>();
  private final Map<String, Contract> byId = new LinkedHashMap<>();
  private final ContractSchemas schemas = new ContractSchemas();
  private ErrorCatalogue errorCatalogue;

  /** A Huawei contract matched to a request path, with the path's variables. */
  public record HuaweiMatch(Contract contract, Map<String, String> pathParams) {}

  /**
   * {@code segments} ranks the template the way the API gateway matches: segment by segment, a
   * literal before a variable, so {@code /v2/zones/{zone_id}/nameservers} never loses to a template
   * with a variable there. {@code when} is the binding's discriminator (see {@link #discriminates}).
   */
  private record HuaweiRoute(
      String method, Pattern path, List<String> names, List<Boolean> segments, JsonSchema when, Contract contract) {}

  private record Shape(String method, int segments) {
    Shape {
      method = method.toUpperCase(Locale.ROOT);
    }

    static Shape of(String method, String path) {
      int slashes = 0;
      for (int i = 0; i < path.length(); i++) {
        if (path.charAt(i) == '/') {
          slashes++;
        }
      }
      return new Shape(method, slashes);
    }
  }

  /** Literal segments before variables, then longer templates first, then routes with a discriminator first. */
  private static final Comparator<HuaweiRoute> SPECIFIC_FIRST =
      ((Comparator<HuaweiRoute>) (a, b) -> {
            for (int i = 0; i < Math.min(a.segments.size(), b.segments.size()); i++) {
              int c = Boolean.compare(a.segments.get(i), b.segments.get(i));
              if (c != 0) {
                return c;
              }
            }
            return Integer.compare(b.segments.size(), a.segments.size());
          })
          .thenComparing(route -> route.when == null);

  public static ContractRegistry load(Path root) {
    ContractRegistry registry = new ContractRegistry();
    registry.errorCatalogue = ErrorCatalogue.load(root);
    DataRoot.jsonFiles(root).stream().filter(file -> !generatorInput(root, file)).forEach(registry::addIfContract);
    registry.huawei.sort(SPECIFIC_FIRST);
    registry.huawei.forEach(route -> registry.huaweiByShape
        .computeIfAbsent(new Shape(route.method, route.segments.size()), shape -> new ArrayList<>())
        .add(route));
    return registry;
  }

  /**
   * Under a folder whose name starts with {@code _} ({@code alibaba/_metadata/}, the official
   * metadata the contracts are generated from): never a contract, and megabytes not worth parsing
   * at every start.
   */
  private static boolean generatorInput(Path root, Path file) {
    Path relative = root.relativize(file);
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (relative.getName(i).toString().startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private void addIfContract(Path file) {
    JsonNode document;
    try {
      document = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read contract " + file + ": " + e.getMessage(), e);
    }
    if (document == null || !document.has("operation") || !document.has("binding")) {
      return; // common error catalogues, pacts and other data live beside the contracts
    }
    Contract contract = new Contract(file, document);
    if (byId.put(contract.id(), contract) != null) {
      throw new IllegalStateException("two contracts for " + contract.id());
    }
    if (contract.cloud().equals("alibaba")) {
      alibaba.put(contract.version() + "/" + contract.operation(), contract);
      alibabaVersions.add(contract.version());
    } else if (!contract.binding().has("sameApiAs")) {
      // an SDK operation that is another's API on the wire is reached through that one's route
      String template = contract.binding().path("path").asText();
      List<String> names = new ArrayList<>();
      Matcher variables = Pattern.compile("\\{([^}]+)}").matcher(template);
      StringBuilder regex = new StringBuilder();
      int last = 0;
      while (variables.find()) {
        regex.append(Pattern.quote(template.substring(last, variables.start()))).append("([^/]+)");
        names.add(variables.group(1));
        last = variables.end();
      }
      regex.append(Pattern.quote(template.substring(last)));
      List<Boolean> segments = new ArrayList<>();
      for (String segment : template.substring(1).split("/", -1)) {
        segments.add(segment.contains("{"));
      }
      huawei.add(
          new HuaweiRoute(
              contract.binding().path("method").asText(),
              Pattern.compile(regex.toString()),
              names,
              segments,
              contract.binding().has("when") ? ContractSchemas.compile(contract.binding().get("when")) : null,
              contract));
    }
  }

  public Optional<Contract> alibaba(String version, String action) {
    return Optional.ofNullable(alibaba.get(version + "/" + action));
  }

  public boolean knowsAlibabaVersion(String version) {
    return alibabaVersions.contains(version);
  }

  /** The route of a request whose query and body do not matter (its path variables are the same for every variant). */
  public Optional<HuaweiMatch> huawei(String method, String path) {
    return huawei(method, path, Map.of(), MissingNode.getInstance());
  }

  /** The most specific contract whose method, path template and discriminator match the request. */
  public Optional<HuaweiMatch> huawei(String method, String path, Map<String, String> query, JsonNode body) {
    for (HuaweiRoute route : huaweiByShape.getOrDefault(Shape.of(method, path), List.of())) {
      Matcher m = route.path.matcher(path);
      if (m.matches() && discriminates(route.when, query, body)) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < route.names.size(); i++) {
          params.put(route.names.get(i), m.group(i + 1));
        }
        return Optional.of(new HuaweiMatch(route.contract, params));
      }
    }
    return Optional.empty();
  }

  /**
   * Where the SDK has two operations for one API (POST /v2/zones creates a private zone when {@code
   * zone_type} is {@code private}, a public one otherwise), the binding's {@code when} is a JSON
   * Schema of {@code {query, body}} (query values as text) that the variant's requests satisfy.
   */
  private static boolean discriminates(JsonSchema when, Map<String, String> query, JsonNode body) {
    if (when == null) {
      return true;
    }
    ObjectNode request = JSON.createObjectNode();
    query.forEach(request.putObject("query")::put);
    if (body != null && body.isObject()) {
      request.set("body", body);
    }
    return when.validate(request).isEmpty();
  }

  public Optional<Contract> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<Contract> all() {
    return byId.values();
  }

  /** The compiled schemas, shared by request and response validation. */
  public ContractSchemas schemas() {
    return schemas;
  }

  /** Each operation's documented errors, its own and the common ones it lists. */
  public ErrorCatalogue errorCatalogue() {
    return errorCatalogue;
  }
}
