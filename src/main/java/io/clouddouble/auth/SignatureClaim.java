package io.clouddouble.auth;

import java.time.Instant;
import java.util.function.Function;

/**
 * What a well-formed signed request claims, and how the server recomputes the signature once it
 * knows the secret.
 *
 * @param signedAt when the client says it signed (V1 {@code Timestamp}, {@code x-acs-date},
 *     {@code X-Sdk-Date})
 * @param nonce the signature nonce, or null for schemes without one (Huawei)
 * @param signature the signature as sent
 * @param expected the server's computation for a given secret
 */
record SignatureClaim(
    String accessKeyId,
    Instant signedAt,
    String nonce,
    String signature,
    Function<String, ComputedSignature> expected) {}
