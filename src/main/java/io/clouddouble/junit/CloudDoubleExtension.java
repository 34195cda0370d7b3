package io.clouddouble.junit;

import io.clouddouble.CloudDouble;
import io.clouddouble.Settings;
import io.clouddouble.auth.SignatureMode;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a clouddouble for JUnit 5 tests: declared with {@link CloudDoubleTest}, or registered in code
 *
 * <pre>{@code
 * @RegisterExtension
 * static CloudDoubleExtension fake = CloudDoubleExtension.builder().signatures(SignatureMode.OFF).build();
 * }</pre>
 *
 * <p>One fake per test class (shared with its {@code @Nested} classes), or one per test method with
 * {@code perTest}; an extension registered in an instance field only sees test methods, so it runs
 * one per test. Each fake is kept in the JUnit store of the class or method it belongs to and is
 * stopped when that class or method is done.
 */
public final class CloudDoubleExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(CloudDoubleExtension.class);
  private static final String FAKE = "fake";

  /** How a fake is started, and whether it is per test method. */
  private record Plan(Settings settings, boolean perTest) {}

  /** Null when declared with {@link CloudDoubleTest}: the plan is read from the annotation. */
  private final Plan registered;

  private volatile CloudDouble current;

  /** The form JUnit instantiates for {@link CloudDoubleTest}. */
  public CloudDoubleExtension() {
    this(null);
  }

  private CloudDoubleExtension(Plan registered) {
    this.registered = registered;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The fake of the running test, for extensions held in a field. */
  public CloudDouble cloudDouble() {
    CloudDouble fake = current;
    if (fake == null) {
      throw new IllegalStateException("no clouddouble is running: use it from a test or lifecycle method");
    }
    return fake;
  }

  /** {@code host:port}, the Alibaba SDKs' endpoint. */
  public String endpoint() {
    return cloudDouble().endpoint();
  }

  /** {@code http://host:port}, the Huawei SDK's endpoint. */
  public String baseUrl() {
    return cloudDouble().baseUrl();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (!plan(context).perTest()) {
      running(context);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    running(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stopOwnedBy(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stopOwnedBy(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == CloudDouble.class
        || (type == String.class
            && (parameter.isAnnotated(CloudDoubleEndpoint.class) || parameter.isAnnotated(CloudDoubleBaseUrl.class)));
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (plan(context).perTest() && context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException(
          "with perTest the fake lives for one test method: inject it into test or @BeforeEach/@AfterEach methods, "
              + "not into " + parameter.getDeclaringExecutable());
    }
    CloudDouble fake = running(context);
    if (parameter.isAnnotated(CloudDoubleEndpoint.class)) {
      return fake.endpoint();
    }
    return parameter.isAnnotated(CloudDoubleBaseUrl.class) ? fake.baseUrl() : fake;
  }

  /** The fake this context sees (its own, or an enclosing class's), started here if there is none. */
  private CloudDouble running(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    CloudDouble fake = store.get(FAKE, CloudDouble.class);
    if (fake == null) {
      fake = CloudDouble.start(plan(context).settings());
      store.put(FAKE, fake);
    }
    current = fake;
    return fake;
  }

  /** Stops the fake this very context started; an enclosing class's fake stays up. */
  private void stopOwnedBy(ExtensionContext context) {
    CloudDouble fake = context.getStore(NAMESPACE).remove(FAKE, CloudDouble.class);
    if (fake != null) {
      fake.stop();
      if (current == fake) {
        current = null;
      }
    }
  }

  private Plan plan(ExtensionContext context) {
    if (registered != null) {
      return registered;
    }
    return annotation(context)
        .map(
            a ->
                new Plan(
                    Settings.defaults()
                        .withPort(a.port())
                        .withSignatures(a.signatures())
                        .withCredentials(a.credentials().isEmpty() ? null : Path.of(a.credentials())),
                    a.perTest()))
        .orElseGet(() -> new Plan(Settings.defaults().withPort(0), false));
  }

  /** The annotation on the test class or, for {@code @Nested} classes, the nearest enclosing one. */
  private static Optional<CloudDoubleTest> annotation(ExtensionContext context) {
    for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
      Optional<CloudDoubleTest> found = AnnotationSupport.findAnnotation(type, CloudDoubleTest.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Builds an extension for {@code @RegisterExtension}; by default lenient signatures on a free port. */
  public static final class Builder {
    private Settings settings = Settings.defaults().withPort(0);
    private boolean perTest;

    private Builder() {}

    /** Every setting at once (stubs, contracts, bind address, verbosity...). */
    public Builder settings(Settings value) {
      settings = value;
      return this;
    }

    public Builder port(int value) {
      settings = settings.withPort(value);
      return this;
    }

    public Builder signatures(SignatureMode value) {
      settings = settings.withSignatures(value);
      return this;
    }

    public Builder credentials(Path value) {
      settings = settings.withCredentials(value);
      return this;
    }

    /** True: a fresh fake for every test method. */
    public Builder perTest(boolean value) {
      perTest = value;
      return this;
    }

    public CloudDoubleExtension build() {
      return new CloudDoubleExtension(new Plan(settings, perTest));
    }
  }
}
