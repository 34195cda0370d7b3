package io.clouddouble.protocol;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region a request acts in when it does not say so in a parameter: taken from a real endpoint
 * host name ({@code privatelink.cn-shanghai.aliyuncs.com}, {@code dns.ap-southeast-1.myhuaweicloud.com}),
 * else the provider's default region. Requests to {@code 127.0.0.1} land in the default.
 */
public final class Regions {
  public static final String ALIBABA_DEFAULT = "cn-hangzhou";
  public static final String HUAWEI_DEFAULT = "cn-north-4";
  private static final Pattern ALIBABA_HOST = Pattern.compile("^[a-z0-9-]+\\.([a-z]{2}-[a-z0-9-]+)\\.aliyuncs\\.com$");
  private static final Pattern HUAWEI_HOST = Pattern.compile("^[a-z0-9-]+\\.([a-z]{2}-[a-z0-9-]+)\\.myhuaweicloud\\.com(:\\d+)?$");

  private Regions() {}

  public static String alibaba(String host) {
    Matcher m = ALIBABA_HOST.matcher(host == null ? "" : host);
    return m.matches() ? m.group(1) : ALIBABA_DEFAULT;
  }

  public static String huawei(String host) {
    Matcher m = HUAWEI_HOST.matcher(host == null ? "" : host);
    return m.matches() ? m.group(1) : HUAWEI_DEFAULT;
  }
}
