package io.clouddouble.auth;

/**
 * A signature as one of the signers computed it, with the intermediate texts that error messages
 * and diagnostics show.
 *
 * @param canonicalRequest the canonical request (V1: the canonicalized query string)
 * @param stringToSign the exact text that was MACed
 * @param signature the signature in the scheme's wire form (V1: Base64; V3 and Huawei: lower hex)
 */
public record ComputedSignature(String canonicalRequest, String stringToSign, String signature) {}
