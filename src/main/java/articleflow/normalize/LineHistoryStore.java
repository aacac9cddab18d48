package articleflow.normalize;

/** Where {@link LearnedFurniture} keeps each publisher's line histories; a Kafka Streams store in production. */
public interface LineHistoryStore {

    LineHistory get(String source, long fingerprint);

    void put(String source, long fingerprint, LineHistory history);
}
