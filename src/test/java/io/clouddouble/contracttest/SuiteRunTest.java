package io.clouddouble.contracttest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.clouddouble.DataRoot;
import io.clouddouble.contract.ContractRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a case's end is recorded, whatever the target: skips, failures and the cleanup owed. */
class SuiteRunTest {
  private static final ContractRegistry CONTRACTS = ContractRegistry.load(DataRoot.packaged("contracts"));
  private static final Map<String, String> MUTATING_ACCOUNT =
      Map.of("ALIBABA_CLOUD_ACCESS_KEY_ID", "ak", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret", "CLOUDDOUBLE_REAL_MUTATE", "1",
          "CLOUDDOUBLE_FIXTURE_ALIBABA_VPC_ID", "vpc-1", "CLOUDDOUBLE_FIXTURE_CLOUDAPI_INSTANCE_ID", "i-1");

  @TempDir Path dir;

  @Test
  void cleanupRunsNewestFirstWhenACaseFailsAndListsWhatItCouldNotDelete() {
    List<String> deleted = new ArrayList<>();
    ContractCase failing = ContractCase.lifecycle(Product.CLOUDAPI, List.of("SetVpcAccess"), Signing.ALIBABA_V1, s -> {
      s.cleanup().register("first", () -> deleted.add("first"));
      s.cleanup().register("stubborn", () -> false);
      s.cleanup().register("last", () -> deleted.add("last"));
      throw new AssertionError("expected: something");
    });
    CaseResult result = run(MUTATING_ACCOUNT).execute(failing);
    assertEquals(CaseResult.Status.ERROR, result.status());
    assertEquals("expected: something", result.reason());
    assertEquals(List.of("last", "first"), deleted);
    assertEquals(List.of("stubborn (the delete call did not succeed)"), result.leftovers());
  }

  @Test
  void aLifecycleWithoutTheOptInIsSkippedBeforeItSendsAnything() {
    Map<String, String> safe = new HashMap<>(MUTATING_ACCOUNT);
    safe.remove("CLOUDDOUBLE_REAL_MUTATE");
    ContractCase lifecycle = ContractCase.lifecycle(Product.CLOUDAPI, List.of("SetVpcAccess"), Signing.ALIBABA_V1, s -> {
      throw new AssertionError("must not run");
    });
    CaseResult result = run(safe).execute(lifecycle);
    assertEquals(CaseResult.Status.SKIPPED, result.status());
    assertEquals("changes the account: runs only with CLOUDDOUBLE_REAL_MUTATE=1", result.reason());
  }

  @Test
  void aLifecycleWithoutItsFixturesSaysWhichAreMissing() {
    Map<String, String> noInstance = new HashMap<>(MUTATING_ACCOUNT);
    noInstance.remove("CLOUDDOUBLE_FIXTURE_CLOUDAPI_INSTANCE_ID");
    CaseResult result = run(noInstance).execute(ContractCase.lifecycle(Product.CLOUDAPI, List.of("SetVpcAccess"),
        Signing.ALIBABA_V1, s -> {
          throw new AssertionError("must not run");
        }));
    assertEquals("needs existing resources to build on: set CLOUDDOUBLE_FIXTURE_CLOUDAPI_INSTANCE_ID", result.reason());
  }

  private SuiteRun run(Map<String, String> variables) {
    return SuiteRun.real(variables, CONTRACTS, dir);
  }
}
