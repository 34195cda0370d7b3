package io.clouddouble.contracttest;

import java.util.List;
import java.util.Locale;

/**
 * One check of the suite: a named sequence of calls to one product, each answer validated against
 * its operation's contract. Only {@link Kind#LIFECYCLE} cases change anything in an account.
 *
 * @param id stable, e.g. {@code privatelink.GetVpcEndpointAttribute.not-found}
 * @param operations the contract ids it exercises
 */
record ContractCase(String id, Product product, List<String> operations, Kind kind, Signing signing, Body body) {

  enum Kind {
    /** A read operation. */
    READ,
    /** A write with {@code DryRun=true}: a successful one is answered {@code DryRunOperation}. */
    DRY_RUN,
    /** A call naming ids that cannot exist, so there is nothing it could change. */
    NOT_FOUND,
    /** A request with a missing or malformed parameter, refused before anything happens. */
    VALIDATION,
    /** Creates its own resources, drives them through their states and deletes them. */
    LIFECYCLE;

    boolean mutates() {
      return this == LIFECYCLE;
    }
  }

  /** A case that exercises one operation; its id is {@code <product>.<Operation>.<kind>}. */
  static ContractCase probe(Product product, String operation, Kind kind, Signing signing, Body body) {
    return new ContractCase(
        product.name().toLowerCase(Locale.ROOT) + "." + operation + "." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        product,
        List.of(product.contractName() + ":" + operation),
        kind,
        signing,
        body);
  }

  /** A case that drives several operations through one resource's life. */
  static ContractCase lifecycle(Product product, List<String> operations, Signing signing, Body body) {
    return new ContractCase(
        product.name().toLowerCase(Locale.ROOT) + ".lifecycle",
        product,
        operations.stream().map(o -> product.contractName() + ":" + o).toList(),
        Kind.LIFECYCLE,
        signing,
        body);
  }

  /** A second lifecycle of a product, told apart by {@code name} ({@code dns.lifecycle.lines}). */
  static ContractCase lifecycle(Product product, String name, List<String> operations, Signing signing, Body body) {
    return new ContractCase(
        product.name().toLowerCase(Locale.ROOT) + ".lifecycle." + name,
        product,
        operations.stream().map(o -> product.contractName() + ":" + o).toList(),
        Kind.LIFECYCLE,
        signing,
        body);
  }

  @FunctionalInterface
  interface Body {
    void run(Session session);
  }
}
