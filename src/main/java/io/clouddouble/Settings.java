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
 * @param stateFile where state is loaded from at start (if present) and saved to on stop, or null
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
    Path stateFile) {

  public static Settings defaults() {
    return new Settings(8080, "127.0.0.1", SignatureMode.LENIENT, null, false, null, null, false, null, true, null);
  }

  public Settings withPort(int value) {
    return new Settings(value, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, world, demo, stateFile);
  }

  public Settings withBind(String value) {
    return new Settings(port, value, signatures, credentials, verbose, stubs, contracts, responseAudit, world, demo, stateFile);
  }

  public Settings withSignatures(SignatureMode value) {
    return new Settings(port, bind, value, credentials, verbose, stubs, contracts, responseAudit, world, demo, stateFile);
  }

  public Settings withCredentials(Path value) {
    return new Settings(port, bind, signatures, value, verbose, stubs, contracts, responseAudit, world, demo, stateFile);
  }

  public Settings withVerbose(boolean value) {
    return new Settings(port, bind, signatures, credentials, value, stubs, contracts, responseAudit, world, demo, stateFile);
  }

  public Settings withStubs(Path value) {
    return new Settings(port, bind, signatures, credentials, verbose, value, contracts, responseAudit, world, demo, stateFile);
  }

  public Settings withContracts(Path value) {
    return new Settings(port, bind, signatures, credentials, verbose, stubs, value, responseAudit, world, demo, stateFile);
  }

  public Settings withResponseAudit(boolean value) {
    return new Settings(port, bind, signatures, credentials, verbose, stubs, contracts, value, world, demo, stateFile);
  }

  public Settings withWorld(Path value) {
    return new Settings(port, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, value, demo, stateFile);
  }

  public Settings withDemo(boolean value) {
    return new Settings(port, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, world, value, stateFile);
  }

  public Settings withStateFile(Path value) {
    return new Settings(port, bind, signatures, credentials, verbose, stubs, contracts, responseAudit, world, demo, value);
  }
}
