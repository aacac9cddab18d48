package articleflow.broker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;

/**
 * Marks a test class that needs a real broker: tagged {@code broker} (so a unit-test run can
 * exclude it with {@code -DexcludedGroups=broker}) and bounded in time per test, because a test
 * waiting on a broker must fail, never hang.
 *
 * <p>Use {@link SharedBroker} inside: one broker serves the whole test run. Give every test its
 * own topic names and {@code application.id} ({@link SharedBroker#uniqueName}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("broker")
@Timeout(120)
public @interface BrokerTest {
}
