package articleflow.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACL table of {@code docs/security.md}, as the broker tests grant it: each row a command, a resource (type,
 * pattern, one or more names in backticks) and the operations it needs, in the names {@code kafka-acls} uses.
 * The tests read the table rather than a copy of it, so what they prove is what the document says.
 */
final class SecurityDoc {

    static final Path FILE = Path.of("docs", "security.md");

    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*([^|]+?)\\s*\\|\\s*(\\w+)\\s*\\|\\s*(LITERAL|PREFIXED)\\s*\\|([^|]+)\\|([^|]+)\\|");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    /** One grant of the table: a command's principal may do {@code operation} on the resource. */
    record Grant(String command, ResourceType type, PatternType pattern, String name, AclOperation operation) {

        AclBinding binding(String user, UnaryOperator<String> rename) {
            return new AclBinding(new ResourcePattern(type, rename.apply(name), pattern),
                    new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW));
        }

        @Override
        public String toString() {
            return command + ": " + operation + " on " + type + " " + pattern + " " + name;
        }
    }

    private SecurityDoc() {
    }

    /** Every grant of the table, one per command, resource name and operation. */
    static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        for (String line : lines()) {
            Matcher row = ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            String command = row.group(1).replace("`", "").trim();
            ResourceType type = ResourceType.valueOf(snake(row.group(2)));
            PatternType pattern = PatternType.valueOf(row.group(3));
            Matcher name = BACKTICKED.matcher(row.group(4));
            while (name.find()) {
                for (String operation : row.group(5).split(",")) {
                    grants.add(new Grant(command, type, pattern, name.group(1), AclOperation.valueOf(snake(operation))));
                }
            }
        }
        if (grants.isEmpty()) {
            throw new IllegalStateException("no ACL rows in " + FILE);
        }
        return grants;
    }

    /** The bindings of {@code grants}, each for the user of its command, with names changed by {@code rename}. */
    static List<AclBinding> bindings(List<Grant> grants, Map<String, String> userOfCommand, UnaryOperator<String> rename) {
        List<AclBinding> bindings = new ArrayList<>();
        for (Grant grant : grants) {
            String user = userOfCommand.get(grant.command());
            if (user == null) {
                throw new IllegalStateException(FILE + " names a command the tests do not run: " + grant.command());
            }
            bindings.add(grant.binding(user, rename));
        }
        return bindings;
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code DescribeConfigs} as Kafka's enums spell it: {@code DESCRIBE_CONFIGS}. */
    private static String snake(String camel) {
        return camel.trim().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
