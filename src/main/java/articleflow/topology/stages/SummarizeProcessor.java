package articleflow.topology.stages;

import articleflow.events.PipelineEvents;
import articleflow.summarize.Summary;
import articleflow.topology.wire.Settlement;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** The summarize stage in the topology: a stateless step on the paragraphs that will be published. */
public final class SummarizeProcessor extends ContextualFixedKeyProcessor<String, Settlement, Settlement> {

    private final TextWork work;
    private final PipelineEvents events;

    public SummarizeProcessor(TextWork work, PipelineEvents events) {
        this.work = work;
        this.events = events;
    }

    @Override
    public void process(FixedKeyRecord<String, Settlement> record) {
        Settlement settlement = record.value();
        long started = System.nanoTime();
        Summary summary = work.summarize(settlement.draft().meta().language(), settlement.draft().paragraphs());
        events.summarizeNanos(System.nanoTime() - started);
        context().forward(record.withValue(settlement.withSummary(summary.sentences())));
    }
}
