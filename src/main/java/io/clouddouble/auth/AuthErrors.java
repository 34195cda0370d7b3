package io.clouddouble.auth;

import io.clouddouble.protocol.CloudError;

/** The errors strict verification raises, in one provider's catalogue. */
interface AuthErrors {
  CloudError unknownKey(String accessKeyId);

  CloudError expired(SignatureClaim claim);

  CloudError signatureMismatch(ComputedSignature expected);
}
