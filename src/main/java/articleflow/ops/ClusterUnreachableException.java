package articleflow.ops;

/** The Kafka cluster did not answer in time: nothing listens at the bootstrap servers, or they are behind a wall. */
public final class ClusterUnreachableException extends IllegalStateException {

    private final String bootstrapServers;

    public ClusterUnreachableException(String bootstrapServers, String message, Throwable cause) {
        super(message, cause);
        this.bootstrapServers = bootstrapServers;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }
}
