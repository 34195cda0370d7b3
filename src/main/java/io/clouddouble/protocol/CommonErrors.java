package io.clouddouble.protocol;

/**
 * The provider errors every layer of the pipeline can answer with, whatever the operation: a path
 * that names no API, a method the provider does not serve, an internal error. They are part of the
 * wire format, so the early answers (Jetty, {@link ProtocolGuard}) and the gateway give the same.
 */
public final class CommonErrors {
  private CommonErrors() {}

  /** A path that names no API: Alibaba's InvalidApi.NotFound, Huawei's API-gateway APIGW.0101. */
  public static CloudError apiNotFound(Cloud cloud) {
    return cloud == Cloud.ALIBABA
        ? new CloudError(404, "InvalidApi.NotFound", "Specified api is not found, please check your url and method.")
        : new CloudError(404, "APIGW.0101", "The API does not exist or has not been published in the environment");
  }

  /** A method the provider does not serve; Huawei's gateway routes by method and path, so APIGW.0101. */
  public static CloudError unsupportedMethod(Cloud cloud) {
    return cloud == Cloud.ALIBABA
        ? new CloudError(400, "UnsupportedHTTPMethod", "This http method not supported.")
        : apiNotFound(Cloud.HUAWEI);
  }

  public static CloudError internalError(Cloud cloud) {
    return cloud == Cloud.ALIBABA
        ? new CloudError(
            500,
            "InternalError",
            "The request processing has failed due to some unknown error, exception or failure.")
        : new CloudError(500, "DNS.0001", "Internal error.");
  }
}
