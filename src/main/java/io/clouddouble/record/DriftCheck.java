package io.clouddouble.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clouddouble.DataRoot;
import io.clouddouble.contract.Contract;
import io.clouddouble.contract.ContractRegistry;
import io.clouddouble.contract.ResponseValidator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code scripts/check-recordings}: validates every recorded response against its operation's
 * contract. A recording that no longer matches means the real cloud (or the contract) drifted:
 * either the contract is wrong, or the recording is stale and tests replaying it test the past.
 */
public final class DriftCheck {
  static final String USAGE =
      """
      Usage: scripts/check-recordings [--recordings DIR] [--contracts DIR] [NAME...]

      Validates every response in the recordings (default: all under stubs/recordings) against its
      operation's contract. Exits 1 when any recording drifted, 2 on a usage error.
      """;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded response that breaks its contract. */
  public record Drift(String mapping, List<String> violations) {}

  private final ContractRegistry contracts;
  private final ResponseValidator validator;

  public DriftCheck(ContractRegistry contracts) {
    this.contracts = contracts;
    this.validator = new ResponseValidator(contracts);
  }

  /** Every response of one recording that breaks its contract; empty when it all still holds. */
  public List<Drift> check(Path recording) {
    List<Drift> drifts = new ArrayList<>();
    for (Path file : mappings(recording)) {
      List<String> violations = check(read(file));
      if (!violations.isEmpty()) {
        drifts.add(new Drift(file.getFileName().toString(), violations));
      }
    }
    return drifts;
  }

  private List<String> check(JsonNode mapping) {
    String operation = mapping.path("metadata").path("clouddouble").path("operation").asText();
    Optional<Contract> contract = contracts.byId(operation);
    if (contract.isEmpty()) {
      return List.of("operation '" + operation + "' is not in the contracts");
    }
    JsonNode response = mapping.path("response");
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
    String body = response.has("jsonBody") ? response.get("jsonBody").toString() : response.path("body").asText();
    return validator.validate(contract.get(), response.path("status").asInt(), headers, body);
  }

  /** The mapping files of a recording, in recorded order. */
  static List<Path> mappings(Path recording) {
    try (Stream<Path> files = Files.list(recording.resolve(Recording.MAPPINGS))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + recording, e);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Path recordings = Path.of("stubs", "recordings");
    Path contractRoot = null;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--help", "-h" -> {
          out.print(USAGE);
          return 0;
        }
        case "--recordings", "--contracts" -> {
          if (i + 1 >= args.length) {
            err.println("check-recordings: " + args[i] + " needs a value");
            return 2;
          }
          Path value = Path.of(args[i + 1]);
          if (args[i].equals("--recordings")) {
            recordings = value;
          } else {
            contractRoot = value;
          }
          i++;
        }
        default -> names.add(args[i]);
      }
    }
    if (names.isEmpty()) {
      if (!Files.isDirectory(recordings)) {
        out.println("no recordings under " + recordings);
        return 0;
      }
      try (Stream<Path> dirs = Files.list(recordings)) {
        dirs.filter(d -> Files.isDirectory(d.resolve(Recording.MAPPINGS)))
            .map(d -> d.getFileName().toString())
            .sorted()
            .forEach(names::add);
      } catch (IOException e) {
        err.println("check-recordings: cannot list " + recordings + ": " + e.getMessage());
        return 2;
      }
    }
    DriftCheck check = new DriftCheck(ContractRegistry.load(contractRoot != null ? contractRoot : DataRoot.packaged("contracts")));
    boolean drifted = false;
    for (String name : names) {
      Path recording = recordings.resolve(name);
      if (!Files.isDirectory(recording.resolve(Recording.MAPPINGS))) {
        err.println("check-recordings: no recording " + recording);
        return 2;
      }
      int total = mappings(recording).size();
      List<Drift> drifts = check.check(recording);
      if (drifts.isEmpty()) {
        out.println(name + ": all " + total + " recorded responses match their contracts");
      } else {
        drifted = true;
        out.println(name + ": DRIFT in " + drifts.size() + " of " + total + " recorded responses");
        drifts.forEach(d -> d.violations().forEach(v -> out.println("  " + d.mapping() + ": " + v)));
      }
    }
    return drifted ? 1 : 0;
  }
}
