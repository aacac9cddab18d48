package articleflow.topology.wire;

import articleflow.model.ArticleJson;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/** JSON serdes for articleflow's records, through the one mapper in {@link ArticleJson}; null stays null. */
public final class JsonSerde {

    private JsonSerde() {
    }

    public static <T> Serde<T> of(Class<T> type) {
        Serializer<T> serializer = (topic, value) -> value == null ? null : ArticleJson.toBytes(value);
        Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null : ArticleJson.fromBytes(bytes, type);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
