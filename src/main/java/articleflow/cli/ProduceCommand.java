package articleflow.cli;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.KafkaClients;
import articleflow.app.RawLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "produce", mixinStandardHelpOptions = true, description = {
        "Publish raw articles to articles.raw, as a publisher would.",
        "FILE is JSON lines (one raw article per line; {\"id\":…,\"withdrawn\":true} sends a withdrawal),",
        "or a folder of .txt/.html pages, one article each (needs --source)."})
final class ProduceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON-lines files or folders of pages.")
    List<Path> files;

    @Option(names = "--source", description = "Publisher of a folder of pages.")
    String source;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        ArticleflowConfig settings = config.load();
        List<RawLine> records = new ArrayList<>();
        for (Path file : files) {
            records.addAll(FeedFiles.read(file, source));
        }
        System.out.printf("produced %d records to %s%n", send(settings, records), settings.rawTopic());
        return 0;
    }

    static int send(ArticleflowConfig settings, List<RawLine> records) throws Exception {
        KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(settings);
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try {
            for (RawLine record : records) {
                sent.add(producer.send(new ProducerRecord<>(settings.rawTopic(), record.key(), record.value())));
            }
            for (Future<RecordMetadata> ack : sent) {
                ack.get();
            }
        } catch (Exception e) {
            KafkaClients.closeAfterFailure(producer);
            throw e;
        }
        producer.close();
        return sent.size();
    }
}
