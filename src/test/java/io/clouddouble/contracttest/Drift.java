package io.clouddouble.contracttest;

import java.util.List;

/** An answer that broke its contract or the case's expectation, with the exchange as evidence. */
record Drift(String caseId, String operation, List<String> problems, Exchange exchange) {}
