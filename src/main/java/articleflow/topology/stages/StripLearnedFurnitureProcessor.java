package articleflow.topology.stages;

import articleflow.normalize.LearnedFurniture;
import articleflow.topology.wire.Settlement;
import java.util.List;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Learned furniture, applied: back by id, the paragraphs the by-source step named are dropped from the draft
 * before it is summarized and published. Deciding needs the publisher's history (keyed by source), applying needs
 * the text (kept by id), so the one stage runs in two places.
 */
public final class StripLearnedFurnitureProcessor extends ContextualFixedKeyProcessor<String, Settlement, Settlement> {

    @Override
    public void process(FixedKeyRecord<String, Settlement> record) {
        Settlement settlement = record.value();
        List<String> kept = LearnedFurniture.strip(settlement.draft().paragraphs(), settlement.reply().stripParagraphs());
        context().forward(record.withValue(settlement.withDraft(settlement.draft().withParagraphs(kept))));
    }
}
