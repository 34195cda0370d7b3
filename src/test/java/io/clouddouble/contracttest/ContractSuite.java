package io.clouddouble.contracttest;

import java.util.List;
import java.util.stream.Stream;

/** Every case of the suite, for every product: the same list runs against the fake and the real clouds. */
final class ContractSuite {
  private ContractSuite() {}

  static List<ContractCase> cases() {
    return Stream.of(PrivateLinkCases.all(), VpcPeerCases.all(), CloudApiCases.all(), DnsCases.all())
        .flatMap(List::stream)
        .toList();
  }
}
