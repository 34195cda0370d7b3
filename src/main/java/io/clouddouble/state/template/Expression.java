package io.clouddouble.state.template;

import io.clouddouble.ReadMostly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One expression of the stub template language: a path ({@code endpoint.ZoneStatus},
 * {@code param.Zone[0].ZoneId}), a literal ({@code 'Active'}, {@code 50}, {@code true}), a function
 * call ({@code id('ep-')}, {@code size(groups)}), the empty list {@code []} or a fallback chain
 * ({@code a ?? b ?? 'x'}).
 * Parsed once per distinct text and cached; evaluation is delegated to {@link Values}.
 */
public abstract sealed class Expression {
  private static final Map<String, Expression> CACHE = new ConcurrentHashMap<>();
  /** Field paths as expressions on {@code it}, by path (no concatenation per read). */
  private static final Map<String, Expression> FIELDS = new ConcurrentHashMap<>();

  /** Evaluates to a value (see {@link Values}) or null when it is missing. */
  public abstract Object evaluate(Bindings bindings);

  public static Expression parse(String text) {
    return ReadMostly.get(CACHE, text, t -> new Parser(t).parseAll());
  }

  /**
   * The field at {@code path} ({@code Name}, {@code Vpc.VpcId}, {@code Tags.Key}) of {@code value}:
   * what a query's {@code where} compares and the store's field indexes hold.
   */
  public static Object field(Object value, String path) {
    return ReadMostly.get(FIELDS, path, p -> parse("it." + p)).evaluate(Bindings.root().bind("it", value));
  }

  static final class Literal extends Expression {
    private final Object value;

    Literal(Object value) {
      this.value = value;
    }

    @Override
    public Object evaluate(Bindings bindings) {
      return value;
    }
  }

  /** Applies field and index steps in turn; missing as soon as one finds nothing. */
  private static Object walk(Object value, List<Object> steps, Bindings bindings) {
    for (Object step : steps) {
      if (value == null) {
        return null;
      }
      value = Values.step(value, step, bindings);
    }
    return value;
  }

  static final class Path extends Expression {
    private final String root;
    private final List<Object> steps; // String keys and Integer indexes

    Path(String root, List<Object> steps) {
      this.root = root;
      this.steps = steps;
    }

    @Override
    public Object evaluate(Bindings bindings) {
      return walk(bindings.lookup(root), steps, bindings);
    }
  }

  static final class Call extends Expression {
    private final String name;
    private final List<Expression> args;

    Call(String name, List<Expression> args) {
      this.name = name;
      this.args = args;
    }

    @Override
    public Object evaluate(Bindings bindings) {
      List<Object> values = new ArrayList<>(args.size());
      for (Expression arg : args) {
        values.add(arg.evaluate(bindings));
      }
      return Functions.call(name, values, bindings);
    }
  }

  /** Steps applied to a call's value: {@code json(param.ServiceConfig).VpcConfig.Name}. */
  static final class Steps extends Expression {
    private final Expression base;
    private final List<Object> steps;

    Steps(Expression base, List<Object> steps) {
      this.base = base;
      this.steps = steps;
    }

    @Override
    public Object evaluate(Bindings bindings) {
      return walk(base.evaluate(bindings), steps, bindings);
    }
  }

  static final class Fallback extends Expression {
    private final List<Expression> choices;

    Fallback(List<Expression> choices) {
      this.choices = choices;
    }

    @Override
    public Object evaluate(Bindings bindings) {
      for (Expression choice : choices) {
        Object value = choice.evaluate(bindings);
        if (value != null) {
          return value;
        }
      }
      return null;
    }
  }

  /** A small recursive-descent parser; errors name the offending text so stub authors can fix it. */
  private static final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    Expression parseAll() {
      Expression expression = fallback();
      skipSpaces();
      if (pos != text.length()) {
        throw error("unexpected '" + text.substring(pos) + "'");
      }
      return expression;
    }

    private Expression fallback() {
      List<Expression> choices = new ArrayList<>();
      choices.add(primary());
      skipSpaces();
      while (text.startsWith("??", pos)) {
        pos += 2;
        choices.add(primary());
        skipSpaces();
      }
      return choices.size() == 1 ? choices.get(0) : new Fallback(choices);
    }

    private Expression primary() {
      skipSpaces();
      if (pos >= text.length()) {
        throw error("expression expected");
      }
      char c = text.charAt(pos);
      if (c == '\'') {
        int end = text.indexOf('\'', pos + 1);
        if (end < 0) {
          throw error("unterminated string");
        }
        String value = text.substring(pos + 1, end);
        pos = end + 1;
        return new Literal(com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
      }
      if (c == '[') {
        pos++;
        expect(']');
        return new Literal(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode());
      }
      if (Character.isDigit(c) || c == '-') {
        int start = pos++;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
          pos++;
        }
        return new Literal(
            com.fasterxml.jackson.databind.node.LongNode.valueOf(Long.parseLong(text.substring(start, pos))));
      }
      String name = identifier();
      switch (name) {
        case "true" -> {
          return new Literal(com.fasterxml.jackson.databind.node.BooleanNode.TRUE);
        }
        case "false" -> {
          return new Literal(com.fasterxml.jackson.databind.node.BooleanNode.FALSE);
        }
        case "null" -> {
          return new Literal(null);
        }
        default -> {}
      }
      skipSpaces();
      if (pos < text.length() && text.charAt(pos) == '(') {
        pos++;
        List<Expression> args = new ArrayList<>();
        skipSpaces();
        if (text.charAt(pos) != ')') {
          args.add(fallback());
          skipSpaces();
          while (text.charAt(pos) == ',') {
            pos++;
            args.add(fallback());
            skipSpaces();
          }
        }
        expect(')');
        Functions.check(name, args.size(), text);
        List<Object> after = steps();
        return after.isEmpty() ? new Call(name, args) : new Steps(new Call(name, args), after);
      }
      return new Path(name, steps());
    }

    /** Name and index steps ({@code .Name}, {@code [0]}) after a name or a call. */
    private List<Object> steps() {
      List<Object> steps = new ArrayList<>();
      while (pos < text.length()) {
        char next = text.charAt(pos);
        if (next == '.') {
          pos++;
          steps.add(identifier());
        } else if (next == '[') {
          pos++;
          int start = pos;
          while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
          }
          if (start == pos) {
            throw error("index expected");
          }
          steps.add(Integer.parseInt(text.substring(start, pos)));
          expect(']');
        } else {
          break;
        }
      }
      return steps;
    }

    private String identifier() {
      int start = pos;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
          pos++;
        } else {
          break;
        }
      }
      if (start == pos) {
        throw error("name expected");
      }
      return text.substring(start, pos);
    }

    private void expect(char c) {
      skipSpaces();
      if (pos >= text.length() || text.charAt(pos) != c) {
        throw error("'" + c + "' expected");
      }
      pos++;
    }

    private void skipSpaces() {
      while (pos < text.length() && text.charAt(pos) == ' ') {
        pos++;
      }
    }

    private IllegalArgumentException error(String problem) {
      return new IllegalArgumentException("bad expression '" + text + "' at " + pos + ": " + problem);
    }
  }
}
