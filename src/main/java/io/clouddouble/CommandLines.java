package io.clouddouble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the project's command lines ({@code scripts/clouddouble}, {@code scripts/record}) share. */
public final class CommandLines {
  /** Where environment variables for options start: {@code --some-flag} is {@code CLOUDDOUBLE_SOME_FLAG}. */
  private static final String ENVIRONMENT_PREFIX = "CLOUDDOUBLE_";

  /** An option line of a usage text: {@code --name}, then a placeholder in capitals if it takes a value. */
  private static final Pattern OPTION = Pattern.compile("^\\s+(--[a-z][a-z0-9-]*)(?: ([A-Z][A-Z|_]*))?(?:\\s|$)");

  private CommandLines() {}

  /**
   * {@code args} with every option of {@code usage} that they leave out taken from {@code environment}:
   * {@code --some-flag VALUE} from {@code CLOUDDOUBLE_SOME_FLAG=VALUE}, a switch such as {@code --no-demo}
   * from {@code CLOUDDOUBLE_NO_DEMO=true}. The options are read from the usage text, so a new option gets
   * its variable with no more code; an option on the command line wins; an empty variable counts as unset
   * (so a compose file can leave one blank).
   */
  public static String[] withEnvironment(String[] args, String usage, Map<String, String> environment) {
    List<String> given = Arrays.asList(args);
    if (given.contains("--help") || given.contains("-h")) {
      return args; // help is shown whatever the environment holds
    }
    List<String> fromEnvironment = new ArrayList<>();
    for (String line : usage.split("\n")) {
      Matcher option = OPTION.matcher(line);
      if (!option.find() || option.group(1).equals("--help") || given.contains(option.group(1))) {
        continue;
      }
      String flag = option.group(1);
      String variable = environmentVariable(flag);
      String value = environment.get(variable);
      if (value == null || value.isEmpty()) {
        continue;
      }
      if (option.group(2) != null) {
        fromEnvironment.add(flag);
        fromEnvironment.add(value);
      } else if (value.equalsIgnoreCase("true")) {
        fromEnvironment.add(flag);
      } else if (!value.equalsIgnoreCase("false")) {
        throw new IllegalArgumentException(variable + " must be true or false, not '" + value + "'");
      }
    }
    fromEnvironment.addAll(given);
    return fromEnvironment.toArray(String[]::new);
  }

  /** {@code --some-flag} to {@code CLOUDDOUBLE_SOME_FLAG}. */
  public static String environmentVariable(String flag) {
    return ENVIRONMENT_PREFIX + flag.substring(2).replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** A {@code --port} value: 0 (a free port) to 65535, else a clear usage error. */
  public static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port must be a number from 0 to 65535, not '" + text + "'");
    }
  }

  /**
   * Blocks until the JVM is asked to stop (SIGTERM, Ctrl-C), then runs {@code onStop} (which
   * closes the server and says so) before the process exits.
   */
  public static void runUntilStopped(Runnable onStop) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  onStop.run();
                  stopped.countDown();
                }));
    stopped.await();
  }
}
