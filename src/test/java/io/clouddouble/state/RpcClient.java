package io.clouddouble.state;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.tea.TeaException;
import io.clouddouble.CloudDouble;
import io.clouddouble.testkit.FakeAdmin;
import io.clouddouble.testkit.Sdks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Alibaba RPC product through the official Tea SDK (callApi with the generated clients'
 * Params), putting each parameter where the generated client does: in the query, or in the form
 * body for the names {@code formParams} accepts. Plus the admin calls tests use instead of sleeping.
 */
final class RpcClient {
  static final String REGION = "cn-hangzhou";
  final CloudDouble fake;
  private final String version;
  private final Set<String> queryPrefixes;
  private final boolean formBody;
  private final com.aliyun.teaopenapi.Client tea;

  /**
   * @param formBody whether parameters go in the form body (VpcPeer) or the query (CloudAPI)
   * @param queryPrefixes with a form body, the parameters (and flattened prefixes) that still go in the query
   */
  RpcClient(CloudDouble fake, com.aliyun.teaopenapi.Client tea, String version, boolean formBody, Set<String> queryPrefixes) {
    this.fake = fake;
    this.tea = tea;
    this.version = version;
    this.formBody = formBody;
    this.queryPrefixes = queryPrefixes;
  }

  static RpcClient vpcPeer(CloudDouble fake) {
    return new RpcClient(fake, Sdks.tea(fake), "2022-01-01", true, Set.of("LinkType", "Tag", "Tags", "ResourceGroupId"));
  }

  static RpcClient cloudApi(CloudDouble fake) {
    return new RpcClient(fake, Sdks.tea(fake), "2016-07-14", false, Set.of());
  }

  /** Another account: the same fake through a client with another access key. */
  RpcClient as(String accessKeyId) {
    return new RpcClient(fake, Sdks.tea(fake, accessKeyId, "secret-of-" + accessKeyId, null), version, formBody, queryPrefixes);
  }

  private Map<String, ?> send(String action, String... pairs) throws Exception {
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String name = pairs[i];
      String head = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
      (formBody && !queryPrefixes.contains(head) ? form : query).put(name, pairs[i + 1]);
    }
    return Sdks.callTea(tea, action, version, query, form);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> call(String action, String... pairs) {
    try {
      return (Map<String, Object>) send(action, pairs).get("body");
    } catch (TeaException e) {
      throw new AssertionError(action + " failed: " + e.getCode() + " " + e.getMessage(), e);
    } catch (Exception e) {
      throw new AssertionError(action + " failed: " + e.getMessage(), e);
    }
  }

  TeaException fails(String action, String... pairs) {
    return assertThrows(TeaException.class, () -> send(action, pairs));
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> list(String action, String field, String... pairs) {
    return (List<Map<String, Object>>) call(action, pairs).get(field);
  }

  // --- admin API (tests advance the clock instead of sleeping)

  String admin() {
    return new FakeAdmin(fake).url();
  }

  void advance(String duration) {
    new FakeAdmin(fake).advance(duration);
  }

  void reset() {
    new FakeAdmin(fake).reset();
  }

  /** Adds resources to the current state (a world document). */
  void merge(String world) {
    new FakeAdmin(fake).merge(world);
  }
}
