package io.clouddouble.junit;

import io.clouddouble.auth.SignatureMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a running clouddouble: started before the class's first test on a free port
 * (or a fixed one), stopped after its last, and injected into any constructor, lifecycle or test
 * method parameter of type {@link io.clouddouble.CloudDouble} or annotated with
 * {@link CloudDoubleEndpoint} / {@link CloudDoubleBaseUrl}.
 *
 * <pre>{@code
 * @CloudDoubleTest
 * class MyTest {
 *   @Test
 *   void rejects(@CloudDoubleEndpoint String endpoint) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CloudDoubleExtension.class)
public @interface CloudDoubleTest {
  /** How signatures are checked; lenient (well-formed, any key) by default. */
  SignatureMode signatures() default SignatureMode.LENIENT;

  /** The port; 0 (the default) picks a free one. */
  int port() default 0;

  /** Strict mode's credentials file ({@code --credentials}), or empty for none. */
  String credentials() default "";

  /** True: a fresh fake (fresh state) for every test method instead of one for the class. */
  boolean perTest() default false;
}
