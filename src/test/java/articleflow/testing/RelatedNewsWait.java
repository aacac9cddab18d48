package articleflow.testing;

import articleflow.config.ArticleflowConfig;
import articleflow.ops.LagReader;
import java.util.List;

/**
 * For tests that wait until the streaming job is idle: related news waits up to
 * {@code articleflow.related.publish.delay.ms} in a store, not in a topic, so lag 0 can come before it is published.
 */
public final class RelatedNewsWait {

    private RelatedNewsWait() {
    }

    /**
     * Waits the publish delay and a commit more, then tells whether lag is still 0 on {@code inputs} (the revisions
     * the punctuator publishes may start new related work, which shows as lag again).
     */
    public static boolean stillIdleAfterIt(ArticleflowConfig config, LagReader lag, List<String> inputs)
            throws InterruptedException {
        long delay = config.relatedEnabled() ? config.relatedPublishDelay().toMillis() : 0;
        if (delay == 0) {
            return true;
        }
        Thread.sleep(delay + 600);
        return lag.read(config.applicationId(), inputs).total() == 0;
    }
}
