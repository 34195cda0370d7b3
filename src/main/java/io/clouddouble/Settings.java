package io.clouddouble;

import io.clouddouble.auth.SignatureMode;
import java.nio.file.Path;

/**
 * How a clouddouble instance is started; the command line ({@link Main}) and the JUnit extension
 * both build one.
 *
 * @param port the port to listen on; 0 picks a free one
 * @param bind the address to bind; loopback unless told otherwise
 * @param credentials strict mode's keys, or null
 * @param stubs a WireMock root to serve instead of the packaged {@code stubs/}, or null
 * @param contracts a contracts root to use instead of the packaged {@code contracts/}, or null
 * @param responseAudit validate every response against its contract and record outcomes (tests)
 * @param world a world file or directory to load instead of the demo world, or null
 * @param demo whether to load the demo world when no {@code world} is given
 * @param stateFile where state is kept durably (a snapshot plus its {@code .journal}), or null
 * @param playback serve the recording {@code <stubs>/recordings/<playback>} instead of the stubs, or null
 * @param adminToken the bearer token every {@code /__admin/**} call but health needs, or null
 * @param adminOpen leave the admin API open on a non-loopback address (a trusted network)
 * @param allowAdminShutdown let {@code POST /__admin/shutdown} stop the server
 */
public record Settings(
    int port,
    String bind,
    SignatureMode signatures,
    Path credentials,
    boolean verbose,
    Path stubs,
    Path contracts,
    boolean responseAudit,
    Path world,
    boolean demo,
    Path stateFile,
    String playback,
    String adminToken,
    boolean adminOpen,
    boolean allowAdminShutdown) {

  public static Settings defaults() {
    return new Settings(
        8080, "127.0.0.1", SignatureMode.LENIENT, null, false, null, null, false, null, true, null, null, null, false, false);
  }

  public Settings withPort(int value) {
    return new Settings(
        value, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, world, demo, stateFile, playback, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withBind(String value) {
    return new Settings(
        port, value, signatures, credentials, verbose, stubs, contracts, responseAudit, world, demo, stateFile, playback, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withSignatures(SignatureMode value) {
    return new Settings(
        port, bind, value, credentials, verbose, stubs, contracts, responseAudit, world, demo, stateFile, playback, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withCredentials(Path value) {
    return new Settings(
        port, bind, signatures, value, verbose, stubs, contracts, responseAudit, world, demo, stateFile, playback, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withVerbose(boolean value) {
    return new Settings(
        port, bind, signatures, credentials, value, stubs, contracts, responseAudit, world, demo, stateFile, playback, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withStubs(Path value) {
    return new Settings(
        port, bind, signatures, credentials, verbose, value, contracts, responseAudit, world, demo, stateFile, playback, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withContracts(Path value) {
    return new Settings(
        port, bind, signatures, credentials, verbose, stubs, value, responseAudit, world, demo, stateFile, playback, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withResponseAudit(boolean value) {
    return new Settings(
        port, bind, signatures, credentials, verbose, stubs, contracts, value, world, demo, stateFile, playback, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withWorld(Path value) {
    return new Settings(
        port, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, value, demo, stateFile, playback, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withDemo(boolean value) {
    return new Settings(
        port, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, world, value, stateFile, playback, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withStateFile(Path value) {
    return new Settings(
        port, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, world, demo, value, playback, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withPlayback(String value) {
    return new Settings(
        port, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, world, demo, stateFile, value, adminToken, adminOpen, allowAdminShutdown);
  }

  public Settings withAdminToken(String value) {
    return new Settings(
        port, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, world, demo, stateFile, playback, value, adminOpen, allowAdminShutdown);
  }

  public Settings withAdminOpen(boolean value) {
    return new Settings(
        port, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, world, demo, stateFile, playback, adminToken, value, allowAdminShutdown);
  }

  public Settings withAllowAdminShutdown(boolean value) {
    return new Settings(
        port, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, world, demo, stateFile, playback, adminToken, adminOpen, value);
  }

  /** Whether the address is loopback only (127.0.0.0/8, ::1, localhost), where the admin API may stay open. */
  public boolean loopback() {
    return bind.equals("localhost") || bind.startsWith("127.") || bind.equals("::1") || bind.equals("[::1]");
  }
}
