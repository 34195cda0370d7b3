package io.clouddouble.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Regenerating the Huawei contracts from the SDK jar, _metadata/dns-docs.json and overlay.json
 * reproduces the committed files byte for byte, one per operation of DnsMeta.
 */
class HuaweiContractGeneratorTest {
  private static final Path CONTRACTS = Path.of("contracts");

  @Test
  void generationReproducesTheCommittedContracts() throws IOException {
    Map<Path, JsonNode> generated = new HuaweiContractGenerator(CONTRACTS).generate();
    Set<Path> contracts = generated.keySet().stream()
        .filter(f -> f.startsWith(Path.of("huawei", "dns")))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(55, contracts.size(), "one contract per operation of huaweicloud-sdk-dns 3.1.130");
    assertEquals(committed(), contracts, "the generated set differs from the committed one");
    for (Map.Entry<Path, JsonNode> file : generated.entrySet()) {
      assertEquals(
          Files.readString(CONTRACTS.resolve(file.getKey())),
          CanonicalJson.text(file.getValue()),
          file.getKey() + " differs; run scripts/generate-contracts");
    }
  }

  private static Set<Path> committed() throws IOException {
    try (Stream<Path> files = Files.walk(CONTRACTS.resolve("huawei/dns"))) {
      return files.filter(f -> f.toString().endsWith(".json"))
          .map(CONTRACTS::relativize)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
