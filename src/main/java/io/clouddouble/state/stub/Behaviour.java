package io.clouddouble.state.stub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What the fake answers to one operation ({@code <Product>:<Operation>}): its lookups, bound once
 * per request in order, and its outcomes in decision order (the first whose conditions hold is
 * the answer). Read from {@code stubs/behaviour/} by {@link Behaviours}.
 */
public record Behaviour(String operation, ObjectNode let, List<Outcome> outcomes) {}
