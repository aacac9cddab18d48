package articleflow.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;

/**
 * A broker of its own that asks every client for SCRAM-SHA-512 credentials over TLS (a {@code SASL_SSL} listener,
 * as a production cluster would) and authorizes every request with KRaft's {@code StandardAuthorizer}: nothing is
 * allowed that no ACL grants ({@code allow.everyone.if.no.acl.found} stays false).
 *
 * <p>The users and their random passwords are formatted into the storage ({@code --add-scram}), the TLS key pair
 * is made by the JDK's {@code keytool} for 127.0.0.1. {@code admin} is a super user, for the test's own work
 * (granting ACLs). The broker's own PLAINTEXT and CONTROLLER listeners stay as {@link EmbeddedBroker} has them,
 * with their anonymous principal a super user, since the node talks to itself through them; clients under test
 * use only {@link #bootstrapServers()}, whose metadata names only the SASL_SSL listener.
 */
public final class SecuredBroker implements AutoCloseable {

    public static final String LISTENER = "SASL_SSL";
    public static final String MECHANISM = "SCRAM-SHA-512";
    public static final String ADMIN = "admin";
    private static final Duration ACL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration KEYTOOL_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedBroker broker;
    private final Map<String, String> passwords;
    private final Path truststore;
    private final String truststorePassword;

    private SecuredBroker(EmbeddedBroker broker, Map<String, String> passwords, Path truststore, String truststorePassword) {
        this.broker = broker;
        this.passwords = passwords;
        this.truststore = truststore;
        this.truststorePassword = truststorePassword;
    }

    /** Starts the broker in {@code dir} with {@code admin} and these users, each with a password of its own. */
    public static SecuredBroker start(Path dir, Collection<String> users) {
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(ADMIN, secret());
        users.forEach(user -> passwords.put(user, secret()));
        String storePassword = secret();
        Path keystore = dir.resolve("broker.p12");
        Path truststore = dir.resolve("truststore.p12");
        makeKeyPair(keystore, storePassword);
        writeTruststore(keystore, truststore, storePassword);

        String prefix = "listener.name." + LISTENER.toLowerCase() + ".";
        BrokerExtras extras = BrokerExtras.NONE.withListener(LISTENER, "SASL_SSL")
                .with("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .with("super.users", "User:ANONYMOUS;User:" + ADMIN)
                .with("sasl.enabled.mechanisms", MECHANISM)
                .with(prefix + MECHANISM.toLowerCase() + ".sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                .with(prefix + "ssl.keystore.type", "PKCS12")
                .with(prefix + "ssl.keystore.location", keystore.toString())
                .with(prefix + "ssl.keystore.password", storePassword)
                .with(prefix + "ssl.key.password", storePassword);
        for (Map.Entry<String, String> user : passwords.entrySet()) {
            extras = extras.withFormatArguments("--add-scram",
                    MECHANISM + "=[name=" + user.getKey() + ",password=" + user.getValue() + "]");
        }
        EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), extras);
        return new SecuredBroker(broker, Map.copyOf(passwords), truststore, storePassword);
    }

    /** The SASL_SSL listener: the only address clients under test are given. */
    public String bootstrapServers() {
        return broker.bootstrapServers(LISTENER);
    }

    public String password(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no such user " + user);
        }
        return password;
    }

    /** Every user's password and the truststore's: none may ever show in articleflow's output. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>(passwords.values());
        secrets.add(truststorePassword);
        return secrets;
    }

    /** What a client of {@code user} puts in its properties: the cluster, TLS trust, and SCRAM credentials. */
    public Properties clientSettings(String user) {
        return clientSettings(user, password(user));
    }

    public Properties clientSettings(String user, String password) {
        return clientSettingsWithJaas(jaas(user, password));
    }

    /** The same, with {@code sasl.jaas.config} exactly as given (for a malformed one). */
    public Properties clientSettingsWithJaas(String jaasConfig) {
        Properties props = new Properties();
        props.setProperty("bootstrap.servers", bootstrapServers());
        props.setProperty("security.protocol", "SASL_SSL");
        props.setProperty("sasl.mechanism", MECHANISM);
        props.setProperty("sasl.jaas.config", jaasConfig);
        props.setProperty("ssl.truststore.type", "PKCS12");
        props.setProperty("ssl.truststore.location", truststore.toString());
        props.setProperty("ssl.truststore.password", truststorePassword);
        return props;
    }

    public static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** An Admin client of the super user, with bounded timeouts; close it after use. */
    public Admin admin() {
        Properties props = clientSettings(ADMIN);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return Admin.create(props);
    }

    /**
     * Creates the ACLs and returns once the broker's authorizer has them all (the controller acknowledges a new ACL
     * before the broker applies it), so a client started next is judged by them.
     */
    public void grant(Collection<AclBinding> acls) {
        try (Admin admin = admin()) {
            admin.createAcls(acls).all().get(ACL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            long deadline = System.nanoTime() + ACL_TIMEOUT.toNanos();
            Set<AclBinding> wanted = new HashSet<>(acls);
            while (!admin.describeAcls(AclBindingFilter.ANY).values().get(ACL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .containsAll(wanted)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker did not apply the new ACLs within " + ACL_TIMEOUT);
                }
                Thread.sleep(100);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not grant " + acls, e);
        }
    }

    /** Deletes the ACLs and returns once the broker's authorizer no longer has any of them. */
    public void revoke(Collection<AclBinding> acls) {
        try (Admin admin = admin()) {
            admin.deleteAcls(acls.stream().map(AclBinding::toFilter).toList()).all()
                    .get(ACL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            long deadline = System.nanoTime() + ACL_TIMEOUT.toNanos();
            while (admin.describeAcls(AclBindingFilter.ANY).values().get(ACL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .stream().anyMatch(acls::contains)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker did not drop the ACLs within " + ACL_TIMEOUT);
                }
                Thread.sleep(100);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not revoke " + acls, e);
        }
    }

    /** The broker's own log. */
    public Path logFile() {
        return broker.logFile();
    }

    @Override
    public void close() {
        broker.close();
    }

    private static String secret() {
        return "pw" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A self-signed RSA key pair for 127.0.0.1 (clients check the name against the certificate). */
    private static void makeKeyPair(Path keystore, String password) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", password, "-keypass", password));
        try {
            Process keytool = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(keystore.resolveSibling("keytool.log").toFile()).start();
            if (!keytool.waitFor(KEYTOOL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                keytool.destroyForcibly();
                throw new IllegalStateException("keytool did not finish within " + KEYTOOL_TIMEOUT);
            }
            if (keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + Files.readString(keystore.resolveSibling("keytool.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making a key pair", e);
        }
    }

    /** The broker's certificate alone, as the store clients trust. */
    private static void writeTruststore(Path keystore, Path truststore, String password) {
        try (InputStream in = Files.newInputStream(keystore); OutputStream out = Files.newOutputStream(truststore)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password.toCharArray());
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("broker", keys.getCertificate("broker"));
            trusted.store(out, password.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the truststore", e);
        }
    }
}
