package dev.bsa.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bsa.client.internal.StatusSequence.Offer;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusSequenceTest {

    private final StatusSequence sequence = new StatusSequence();

    @Test
    void theNextSequence_isDelivered_andARepeatIsSeen() {
        assertThat(sequence.offer(0, "RequestAuth")).isEqualTo(Offer.NEXT);
        assertThat(sequence.offer(1, "CreateChannel")).isEqualTo(Offer.NEXT);
        assertThat(sequence.offer(1, "CreateChannel")).isEqualTo(Offer.SEEN);
        assertThat(sequence.offer(0, "RequestAuth")).isEqualTo(Offer.SEEN);
        assertThat(sequence.size()).isEqualTo(2);
    }

    @Test
    void aSequenceAheadOfTheNext_isAGap_andNotRecorded() {
        sequence.offer(0, "RequestAuth");

        assertThat(sequence.offer(2, "SelectNodes")).isEqualTo(Offer.GAP);
        assertThat(sequence.size()).isEqualTo(1);
    }

    @Test
    void history_givesOnlyWhatWasNotDeliveredYet_inOrder() {
        sequence.offer(0, "RequestAuth");
        sequence.offer(1, "CreateChannel");

        assertThat(sequence.takeNew(List.of("RequestAuth", "CreateChannel", "SelectNodes", "StartAuth")))
                .containsExactly("SelectNodes", "StartAuth");
        assertThat(sequence.takeNew(List.of("RequestAuth", "CreateChannel", "SelectNodes", "StartAuth")))
                .isEmpty();
        assertThat(sequence.offer(3, "StartAuth")).isEqualTo(Offer.SEEN);
        assertThat(sequence.offer(4, "StartVerificationOfNodes")).isEqualTo(Offer.NEXT);
    }

    @Test
    void aShorterHistoryThanDelivered_givesNothing() {
        sequence.offer(0, "RequestAuth");
        sequence.offer(1, "CreateChannel");

        assertThat(sequence.takeNew(List.of("RequestAuth"))).isEmpty();
    }

    @Test
    void withoutSequenceNumbers_aStatusEqualToTheLastIsSeen() {
        assertThat(sequence.offer(-1, "RequestAuth")).isEqualTo(Offer.NEXT);
        assertThat(sequence.offer(-1, "RequestAuth")).isEqualTo(Offer.SEEN);
        assertThat(sequence.offer(-1, "CreateChannel")).isEqualTo(Offer.NEXT);
    }
}
