package io.clouddouble.record;

import io.clouddouble.CommandLines;
import io.clouddouble.DataRoot;
import io.clouddouble.contract.ContractRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The command line of {@code scripts/record}. */
public final class RecordMain {
  static final String USAGE =
      """
      Usage: scripts/record --name NAME [--target URL] [--port N] [options]

      A recording proxy on 127.0.0.1. Point an official Alibaba Cloud or Huawei Cloud SDK at it
      (any credentials); every call is forwarded to the real endpoint of its product, signed with
      the real credentials from the environment, and written sanitised, as a WireMock mapping, to
      stubs/recordings/NAME/. Replay it with scripts/clouddouble --playback NAME.

      Options:
        --name NAME            the recording (letters, digits, '.', '_', '-'); an earlier one is replaced
        --target URL           forward every call here instead of the public endpoints
        --port N               port to listen on (default 8090; 0 picks a free port)
        --region REGION        Alibaba region for calls without RegionId (default cn-hangzhou)
        --huawei-region REGION Huawei DNS endpoint region (default cn-north-4)
        --recordings DIR       where recordings are written (default stubs/recordings)
        --alibaba-account KEY=PREFIX
                               a second Alibaba account (e.g. a peering accepter): calls whose
                               client sends AccessKeyId KEY are signed with PREFIX_ACCESS_KEY_ID
                               and PREFIX_ACCESS_KEY_SECRET from the environment (repeatable)
        --help                 show this help

      Environment (the real credentials; never written to the recording):
        ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET
        HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID
      """;

  /** A parsed command line. */
  /**
   * A parsed command line.
   *
   * @param alibabaAccounts environment prefixes of further Alibaba accounts by client AccessKeyId
   */
  record Options(
      String name,
      URI target,
      int port,
      String region,
      String huaweiRegion,
      Path recordings,
      Map<String, String> alibabaAccounts) {

    RealCredentials credentials(Map<String, String> environment) {
      RealCredentials credentials = RealCredentials.from(environment);
      for (Map.Entry<String, String> account : alibabaAccounts.entrySet()) {
        credentials = credentials.withAlibabaAccount(account.getKey(), environment, account.getValue());
      }
      return credentials;
    }
  }

  private RecordMain() {}

  public static void main(String[] args) throws InterruptedException {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("record: " + e.getMessage());
      System.err.println("Try 'scripts/record --help'.");
      System.exit(2);
      return;
    }
    if (options == null) {
      System.out.print(USAGE);
      return;
    }
    RealCredentials credentials;
    try {
      credentials = options.credentials(System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("record: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (!credentials.hasAlibaba()) {
      System.err.println("record: no Alibaba credentials in the environment; Alibaba calls will be refused");
    }
    if (!credentials.hasHuawei()) {
      System.err.println("record: no Huawei credentials in the environment; Huawei calls will be refused");
    }
    RealEndpoints endpoints =
        options.target() != null
            ? RealEndpoints.fixed(options.target())
            : RealEndpoints.publicEndpoints(options.region(), options.huaweiRegion());
    Path dir = options.recordings().resolve(options.name());
    AtomicInteger calls = new AtomicInteger();
    RecordingProxy proxy =
        RecordingProxy.start(
            options.name(),
            dir,
            options.port(),
            endpoints,
            credentials,
            ContractRegistry.load(DataRoot.packaged("contracts")),
            line -> System.out.printf("%04d %s%n", calls.incrementAndGet(), line));
    System.out.println(
        "record: proxy listening on " + proxy.baseUrl() + " (Alibaba endpoint " + proxy.endpoint() + "), forwarding to "
            + (options.target() != null ? options.target() : "the public endpoints") + ", writing " + dir
            + "; Ctrl-C stops");
    CommandLines.runUntilStopped(
        () -> {
          proxy.close();
          System.out.println("record: stopped; " + dir + " holds the recording");
        });
  }

  /** Parses the command line; null when help was asked for. */
  static Options parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    Map<String, String> accounts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return null;
        }
        case "--alibaba-account" -> {
          String account = i + 1 < args.length ? args[++i] : "";
          int eq = account.indexOf('=');
          if (eq <= 0 || eq == account.length() - 1) {
            throw new IllegalArgumentException("--alibaba-account needs CLIENT_ACCESS_KEY_ID=ENV_PREFIX");
          }
          accounts.put(account.substring(0, eq), account.substring(eq + 1));
        }
        case "--name", "--target", "--port", "--region", "--huawei-region", "--recordings" -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          values.put(arg, args[++i]);
        }
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    String name = values.get("--name");
    if (name == null || !name.matches("[A-Za-z0-9._-]+") || name.startsWith(".")) {
      throw new IllegalArgumentException("--name NAME is required (letters, digits, '.', '_', '-')");
    }
    return new Options(
        name,
        values.containsKey("--target") ? target(values.get("--target")) : null,
        CommandLines.port(values.getOrDefault("--port", "8090")),
        values.getOrDefault("--region", "cn-hangzhou"),
        values.getOrDefault("--huawei-region", "cn-north-4"),
        Path.of(values.getOrDefault("--recordings", "stubs/recordings")),
        Map.copyOf(accounts));
  }

  private static URI target(String text) {
    try {
      URI uri = URI.create(text);
      if (uri.getHost() == null || !(text.startsWith("http://") || text.startsWith("https://"))) {
        throw new IllegalArgumentException();
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--target must be an http:// or https:// URL, not '" + text + "'");
    }
  }
}
