// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.outcome;

import io.github.ipseclint.negotiation.Side;
import java.util.List;
import java.util.Optional;

/**
 * The simulated result of one end initiating to the other (negotiation.md §14.3).
 *
 * @param initiator the end that initiates in this direction
 * @param configuredToInitiate false for a direction simulated although the end's configuration
 *     never starts it (when neither end initiates, both directions are shown, marked so)
 * @param notification the error notification the failure ends with; empty on success and for failures
 *     without one (a responder that stays silent, a load error)
 * @param phase where it fails; empty on success
 * @param exchange the real exchange where it fails ({@code IKE_SA_INIT}, {@code Main Mode},
 *     {@code Quick Mode}, ...); empty on success
 * @param invalidKeRounds INVALID_KE_PAYLOAD round trips in IKE_SA_INIT
 * @param ikeSuite the selected IKE suite, strongSwan notation ({@code AES_GCM_16_256/PRF_HMAC_SHA2_512/ECP_256})
 * @param childSuite the selected ESP/AH suite of the first CHILD SA
 * @param disagreements every disagreement met, the one that decides the verdict first; a STABLE
 *     direction may still hold one that costs a round trip ({@link FailureClass#KE_RETRY})
 * @param initiatorLog the initiator's predicted log lines
 * @param responderLog the responder's predicted log lines
 * @param qualifier what the verdict code alone does not say ({@code without PFS}); may be empty
 */
public record DirectionOutcome(
    Side initiator,
    boolean configuredToInitiate,
    Verdict verdict,
    Optional<Notify> notification,
    Optional<Phase> phase,
    Optional<String> exchange,
    int invalidKeRounds,
    Optional<String> ikeSuite,
    Optional<String> childSuite,
    ChildRekey firstRekey,
    List<TimelineEvent> timeline,
    List<Disagreement> disagreements,
    List<LogLine> initiatorLog,
    List<LogLine> responderLog,
    String qualifier) {

  public DirectionOutcome {
    timeline = List.copyOf(timeline);
    disagreements = List.copyOf(disagreements);
    initiatorLog = List.copyOf(initiatorLog);
    responderLog = List.copyOf(responderLog);
  }

  public Side responder() {
    return initiator.other();
  }
}
