package io.clouddouble.record;

import io.clouddouble.auth.PercentEncoding;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans every text of one recording before it is written. Two rules, in this order:
 *
 * <ol>
 *   <li>Secrets (access keys, secrets, signatures, nonces, tokens), wherever they appear, raw or
 *       percent-encoded, become {@value #REDACTED}.
 *   <li>Identifiers (see {@link IdKind}) become placeholders of the same kind and length. The same
 *       real id always becomes the same placeholder within the recording, so a recorded story still
 *       makes sense: the id a Create returned is the id the next call sends.
 * </ol>
 *
 * Placeholders are numbered in order of first appearance, so the same story recorded twice gives
 * the same placeholders.
 */
public final class Sanitiser {
  public static final String REDACTED = "REDACTED";

  /** Shorter "secrets" would shred ordinary text; no real key or token is this short. */
  static final int MIN_SECRET_LENGTH = 4;

  /** The identifier shapes replaced, most specific first. */
  enum IdKind {
    /** Alibaba resource ids: the product prefix is kept, e.g. {@code ep-hp33b2e43fays7s8xxxx}. */
    PREFIXED("A-Za-z0-9_-", "(epsrv|ep|pcc|vpc|vsw|sg|eni|lb|alb|nlb|i|rg)-[a-z0-9*]{6,}", "A-Za-z0-9*"),
    /** Request ids, client tokens, Huawei router (VPC) ids. */
    UUID(
        "0-9A-Za-z-",
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
        "0-9A-Za-z-"),
    /** Huawei zone, project and request ids; CloudAPI VpcAccessId. */
    HEX32("0-9A-Za-z", "[0-9a-f]{32}", "0-9A-Za-z"),
    /** Alibaba account (owner) ids. */
    ACCOUNT16("0-9A-Za-z.", "[1-9][0-9]{15}", "0-9A-Za-z.");

    final Pattern pattern;

    /**
     * An id stands alone: not preceded or followed by the given characters, except that it may
     * follow a percent-escape ({@code %20}, {@code %2C}), as in an echoed URL or string to sign.
     */
    IdKind(String notBefore, String id, String notAfter) {
      this.pattern =
          Pattern.compile("(?:(?<=%[0-9A-Fa-f]{2})|(?<![" + notBefore + "]))" + id + "(?![" + notAfter + "])");
    }
  }

  /** Header lines that carry credentials: the whole value goes (Authorization keeps its scheme). */
  private static final Pattern CREDENTIAL_HEADER =
      Pattern.compile(
          "(?im)^(\\s*(?:x-auth-token|x-subject-token|x-acs-security-token|x-security-token|x-acs-bearer-token)\\s*:\\s*).+$");

  private static final Pattern AUTHORIZATION =
      Pattern.compile("(?im)^(\\s*authorization\\s*:\\s*(?:Bearer\\s+|[A-Za-z0-9-]+\\s+)?).+$");

  /** Query and form parameters that carry credentials: signatures and security tokens. */
  private static final Pattern CREDENTIAL_PARAMETER =
      Pattern.compile("(?i)(^|[?&\\s\"])(Signature|SecurityToken|BearerToken|AccessKeySecret)=[^&\\s\"]*");

  private final Set<String> secrets =
      new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
  private final Map<String, String> placeholders = new HashMap<>();
  private final Set<String> issued = new HashSet<>();
  private final Map<String, Integer> counters = new HashMap<>();

  /**
   * Declares values that must never be written: they are redacted from now on. Returns true when
   * one was new, so text written earlier can be redacted again.
   */
  public synchronized boolean secrets(List<String> values) {
    boolean learned = false;
    for (String value : values) {
      if (value == null || value.length() < MIN_SECRET_LENGTH) {
        continue;
      }
      learned |= secrets.add(value);
      secrets.add(PercentEncoding.encode(value));
      secrets.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
      secrets.add(PercentEncoding.encode(PercentEncoding.encode(value)));
    }
    return learned;
  }

  /**
   * Any text (a request printed by {@code --verbose}, a log line) with what carries credentials
   * redacted by shape, for places where the secrets are not known in advance: Authorization and
   * token headers, and Signature, SecurityToken and BearerToken parameters. Ids stay readable.
   */
  public static String withoutCredentials(String text) {
    if (text == null) {
      return null;
    }
    String result = AUTHORIZATION.matcher(text).replaceAll("$1" + REDACTED);
    result = CREDENTIAL_HEADER.matcher(result).replaceAll("$1" + REDACTED);
    return CREDENTIAL_PARAMETER.matcher(result).replaceAll("$1$2=" + REDACTED);
  }

  /** The text with every secret known so far redacted. */
  public synchronized String redact(String text) {
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, REDACTED);
    }
    return result;
  }

  /** The text with secrets redacted and identifiers replaced by their placeholders. */
  public synchronized String clean(String text) {
    if (text == null) {
      return null;
    }
    String result = redact(text);
    for (IdKind kind : IdKind.values()) {
      result = replaceIds(kind, result);
    }
    return result;
  }

  private String replaceIds(IdKind kind, String text) {
    Matcher m = kind.pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(placeholder(kind, m)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String placeholder(IdKind kind, Matcher m) {
    String id = m.group();
    if (issued.contains(id)) {
      return id;
    }
    return placeholders.computeIfAbsent(
        id,
        real -> {
          String prefix = kind == IdKind.PREFIXED ? m.group(1) + "-" : "";
          int n = counters.merge(kind.name() + prefix, 1, Integer::sum);
          String placeholder = shape(kind, prefix, real.length() - prefix.length(), n);
          issued.add(placeholder);
          return placeholder;
        });
  }

  /** Zero-padded numbers in the original's shape: plausible to parsers, obviously not real. */
  private static String shape(IdKind kind, String prefix, int length, int n) {
    return switch (kind) {
      case PREFIXED, HEX32 -> prefix + padded(n, length);
      case ACCOUNT16 -> "1" + padded(n, length - 1);
      case UUID -> "00000000-0000-4000-8000-" + padded(n, 12);
    };
  }

  private static String padded(int n, int length) {
    String digits = Integer.toString(n);
    return digits.length() >= length ? digits : "0".repeat(length - digits.length()) + digits;
  }
}
