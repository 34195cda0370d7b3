package io.clouddouble;

import io.clouddouble.auth.SignatureMode;
import java.nio.file.Files;
import java.nio.file.Path;

/** The command line: {@code scripts/clouddouble [options]}. */
public final class Main {
  static final String USAGE =
      """
      Usage: scripts/clouddouble [options]

      Starts clouddouble, a fake Alibaba Cloud (PrivateLink, VpcPeer, CloudAPI) and Huawei Cloud
      (DNS private zones) on one port. Point the official SDKs at it.

      Options:
        --port N             port to listen on (default 8080; 0 picks a free port)
        --bind ADDRESS       address to bind (default 127.0.0.1, loopback only)
        --signatures MODE    off | lenient | strict (default lenient)
                               off:     no signature checks
                               lenient: a well-formed signature or token is required, any key is accepted
                               strict:  signatures are verified against --credentials
        --credentials FILE   strict mode's keys, one ACCESS_KEY_ID:SECRET:ACCOUNT_ID a line
                             (Huawei: AK:SK:PROJECT_ID; token:X_AUTH_TOKEN:PROJECT_ID accepts a token)
        --stubs DIR          serve this WireMock root instead of the packaged stubs/
        --contracts DIR      use this contracts root instead of the packaged contracts/
        --world FILE|DIR     start from this world instead of the demo world (stubs/worlds/demo/)
        --no-demo            start with no resources at all
        --state-file FILE    keep state durably in FILE (a snapshot) and FILE.journal: every answered
                             change is on disk before its answer is sent; restored at start
        --admin-token TOKEN  every /__admin/** call but /__admin/health needs Authorization: Bearer TOKEN
                             (default: env CLOUDDOUBLE_ADMIN_TOKEN); needed to --bind beyond loopback
        --admin-open         serve the admin API without a token beyond loopback (a trusted network)
        --allow-admin-shutdown  let POST /__admin/shutdown stop the server (off by default)
        --playback NAME      serve the recording stubs/recordings/NAME (made with scripts/record)
                             instead of the stubs, through the same gateway
        --verbose            log every request and the answer it got
        --help               show this help

      Each option can also come from the environment, as CLOUDDOUBLE_ and its name in capitals
      with - as _: CLOUDDOUBLE_PORT=9000, CLOUDDOUBLE_SIGNATURES=strict, CLOUDDOUBLE_WORLD=/worlds/x,
      and a switch as true or false: CLOUDDOUBLE_NO_DEMO=true. An option on the command line wins.
      """;

  static final String ADMIN_TOKEN_ENV = "CLOUDDOUBLE_ADMIN_TOKEN";

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    Settings settings;
    try {
      settings = parse(CommandLines.withEnvironment(args, USAGE, System.getenv()));
    } catch (IllegalArgumentException e) {
      System.err.println("clouddouble: " + e.getMessage());
      System.err.println("Try 'scripts/clouddouble --help'.");
      System.exit(2);
      return;
    }
    if (settings == null) {
      System.out.print(USAGE);
      return;
    }
    CloudDouble fake;
    try {
      fake = CloudDouble.start(settings);
    } catch (RuntimeException e) {
      System.err.println("clouddouble: cannot start: " + rootMessage(e));
      System.exit(1);
      return;
    }
    System.out.println(
        "clouddouble listening on "
            + fake.baseUrl()
            + " (signatures "
            + settings.signatures().name().toLowerCase()
            + (settings.playback() == null ? "" : "; playing back recording " + settings.playback())
            + "; health: "
            + fake.baseUrl()
            + "/__admin/health)");
    CommandLines.runUntilStopped(
        () -> {
          fake.stop();
          System.out.println("clouddouble stopped");
        });
  }

  /** Parses the command line; returns null when help was asked for. */
  static Settings parse(String[] args) {
    Settings settings = Settings.defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return null;
        }
        case "--verbose" -> settings = settings.withVerbose(true);
        case "--port" -> settings = settings.withPort(CommandLines.port(value(args, ++i, arg)));
        case "--bind" -> settings = settings.withBind(value(args, ++i, arg));
        case "--signatures" -> settings = settings.withSignatures(SignatureMode.parse(value(args, ++i, arg)));
        case "--credentials" -> settings = settings.withCredentials(existingFile(value(args, ++i, arg)));
        case "--stubs" -> settings = settings.withStubs(existingDirectory(value(args, ++i, arg)));
        case "--contracts" -> settings = settings.withContracts(existingDirectory(value(args, ++i, arg)));
        case "--world" -> settings = settings.withWorld(existingPath(value(args, ++i, arg)));
        case "--no-demo" -> settings = settings.withDemo(false);
        case "--state-file" -> settings = settings.withStateFile(Path.of(value(args, ++i, arg)));
        case "--playback" -> settings = settings.withPlayback(value(args, ++i, arg));
        case "--admin-token" -> settings = settings.withAdminToken(token(value(args, ++i, arg)));
        case "--admin-open" -> settings = settings.withAdminOpen(true);
        case "--allow-admin-shutdown" -> settings = settings.withAllowAdminShutdown(true);
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    String envToken = System.getenv(ADMIN_TOKEN_ENV);
    if (settings.adminToken() == null && envToken != null && !envToken.isBlank()) {
      settings = settings.withAdminToken(token(envToken));
    }
    if (settings.signatures() == SignatureMode.STRICT && settings.credentials() == null) {
      throw new IllegalArgumentException("--signatures strict needs --credentials FILE");
    }
    return settings;
  }

  private static String token(String text) {
    if (text.isBlank() || text.chars().anyMatch(c -> c <= ' ' || c > '~')) {
      throw new IllegalArgumentException("an admin token is printable ASCII without spaces");
    }
    return text;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static Path existingFile(String text) {
    Path path = Path.of(text);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no such file: " + text);
    }
    return path;
  }

  private static Path existingPath(String text) {
    Path path = Path.of(text);
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("no such file or directory: " + text);
    }
    return path;
  }

  private static Path existingDirectory(String text) {
    Path path = Path.of(text);
    if (!Files.isDirectory(path)) {
      throw new IllegalArgumentException("no such directory: " + text);
    }
    return path;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.toString();
  }
}
