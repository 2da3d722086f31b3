// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.model.crypto.Proposal;
import io.github.ipseclint.model.crypto.Transform;
import io.github.ipseclint.model.target.VersionBucket;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One CREATE_CHILD_SA exchange, rekey or new CHILD SA, from one end to the other (negotiation.md
 * §7.2-§7.4): the initiator's proposals and KE payload, the responder's selection and KE check,
 * strongSwan's single retry after INVALID_KE_PAYLOAD (Libreswan never retries), and the empty KE
 * payload Libreswan returns for a choice without PFS, which strongSwan 5.9 cannot apply.
 */
final class CreateChildExchange {
  private final LifecycleEnd initiator;
  private final LifecycleEnd responder;
  private final RekeyProposals initiatorProposals;
  private final RekeyProposals responderProposals;
  private final RekeyResponder rekeyResponder;

  CreateChildExchange(LifecycleEnd initiator, LifecycleEnd responder) {
    this.initiator = initiator;
    this.responder = responder;
    this.initiatorProposals = initiator.proposals();
    this.responderProposals = responder.proposals();
    this.rekeyResponder = new RekeyResponder(responder.peer(), responderProposals, initiator.peer());
  }

  /** @param newNumber the unique id strongSwan gives the new SA */
  CreateChildResult run(ChildSa sa, CreateChildPurpose purpose, int newNumber) {
    Transcript transcript = new Transcript(purpose);
    CreateChildOffer offer = initiatorProposals.offer(sa, purpose);
    if (!initiator.peer().isStrongswan() && purpose == CreateChildPurpose.REKEY) {
      new LibreswanWording(initiator).initiatingRekey().forEach(transcript::initiator);
    }
    ResponderAnswer answer = rekeyResponder.answer(offer, sa, purpose);
    int rounds = 0;
    if (answer instanceof ResponderAnswer.InvalidKe invalid && initiator.peer().isStrongswan()) {
      rounds = 1;
      logKeRequest(transcript, offer, invalid.requested());
      StrongswanWording wording = new StrongswanWording(initiator);
      transcript.initiator(wording.retrying(methodName(offer.kei()), invalid.requested()));
      offer = new CreateChildOffer(StrongswanRekeyProposals.preferring(offer.proposals(), invalid.requested()),
          Optional.of(invalid.requested()));
      answer = rekeyResponder.answer(offer, sa, purpose);
      if (answer instanceof ResponderAnswer.InvalidKe again) {
        logKeRequest(transcript, offer, again.requested());
        transcript.initiator(wording.alreadyRetried(invalid.requested(), again.requested()));
        logRefusal(transcript, Optional.empty());
        return refused(transcript, purpose, Notify.INVALID_KE_PAYLOAD, rounds + 1,
            responder.label() + " insists on " + again.requested().canonicalName()
                + " after the retry with " + invalid.requested().canonicalName());
      }
    }
    if (answer instanceof ResponderAnswer.Accepted accepted) {
      return accepted(transcript, sa, purpose, newNumber, accepted, rounds);
    }
    if (answer instanceof ResponderAnswer.NoProposal none) {
      if (responder.peer().isStrongswan()) {
        new StrongswanWording(responder).noProposal(none.offer().proposals(), none.local()).forEach(transcript::responder);
      } else {
        new LibreswanWording(responder).noProposal(none.offer().proposals()).forEach(transcript::responder);
      }
      logRefusal(transcript, Optional.of(Notify.NO_PROPOSAL_CHOSEN));
      return refused(transcript, purpose, Notify.NO_PROPOSAL_CHOSEN, rounds, mismatch(none.offer(), sa, purpose));
    }
    if (answer instanceof ResponderAnswer.InvalidKe invalid) {
      logKeRequest(transcript, invalid.offer(), invalid.requested());
      LibreswanWording wording = new LibreswanWording(initiator);
      transcript.initiator(wording.refusedKe(invalid.requested(), invalid.offer().kei().orElse(invalid.requested())));
      return refused(transcript, purpose, Notify.INVALID_KE_PAYLOAD, rounds + 1,
          responder.label() + " requests " + invalid.requested().canonicalName()
              + " and Libreswan does not retry a CHILD SA with another group");
    }
    ResponderAnswer.InvalidSyntax syntax = (ResponderAnswer.InvalidSyntax) answer;
    return invalidSyntax(transcript, purpose, syntax, rounds);
  }

  private CreateChildResult accepted(Transcript transcript, ChildSa sa, CreateChildPurpose purpose, int newNumber,
      ResponderAnswer.Accepted accepted, int rounds) {
    Proposal suite = accepted.match().suite();
    boolean libreswanEchoesKe = accepted.keIgnored() && !responder.peer().isStrongswan();
    if (responder.peer().isStrongswan()) {
      StrongswanWording wording = new StrongswanWording(responder);
      transcript.responder(wording.selected(suite));
      if (accepted.keIgnored()) {
        transcript.responder(wording.ignoringKe());
      }
      wording.installed(purpose, sa.number(), newNumber).forEach(transcript::responder);
    } else {
      LibreswanWording wording = new LibreswanWording(responder);
      transcript.responder(wording.chosen(suite, accepted.offer().proposals(), accepted.match().receivedIndex()));
      transcript.responder(wording.installed("responder", purpose, suite));
    }
    if (initiator.peer().isStrongswan()) {
      StrongswanWording wording = new StrongswanWording(initiator);
      if (libreswanEchoesKe && !initiator.peer().bucket().isAtLeast(VersionBucket.SW60)) {
        // 5.9 fails on the empty KE payload; 6.0 drops that error for a proposal without PFS (§7.3).
        transcript.initiator(wording.emptyKePayload());
        transcript.initiator(wording.keepingIkeSa());
        transcript.initiator(wording.sendingDelete());
        if (purpose == CreateChildPurpose.REKEY) {
          transcript.initiator(wording.rekeyRetry());
        }
        return new CreateChildResult(initiator, purpose, CreateChildResult.Ending.REFUSED, Optional.empty(),
            Optional.empty(), rounds, Optional.empty(), transcript.initiatorLines, transcript.responderLines,
            responder.label() + " chooses a proposal without PFS but still returns an empty KE payload,"
                + " which strongSwan 5.9 cannot apply");
      }
      if (libreswanEchoesKe) {
        transcript.initiator(wording.emptyKePayload());
        transcript.initiator(wording.ignoringKe());
        transcript.initiator(wording.selected(suite));
      } else {
        transcript.initiator(wording.selected(suite));
        if (accepted.keIgnored()) {
          transcript.initiator(wording.ignoringKe());
        }
      }
      wording.installed(purpose, sa.number(), newNumber).forEach(transcript::initiator);
    } else {
      transcript.initiator(new LibreswanWording(initiator).installed("initiator", purpose, suite));
    }
    ChildSa established = new ChildSa(suite, sa.ikeGroup(), newNumber);
    return new CreateChildResult(initiator, purpose, CreateChildResult.Ending.ESTABLISHED, Optional.empty(),
        Optional.of(established), rounds, accepted.keMethod().filter(ke -> !ke.algorithm().isNone()),
        transcript.initiatorLines, transcript.responderLines, "");
  }

  private CreateChildResult invalidSyntax(Transcript transcript, CreateChildPurpose purpose,
      ResponderAnswer.InvalidSyntax syntax, int rounds) {
    LibreswanWording responderWording = new LibreswanWording(responder);
    transcript.responder(responderWording.chosen(syntax.match().suite(), syntax.offer().proposals(),
        syntax.match().receivedIndex()));
    Transform received = syntax.offer().kei().orElse(syntax.selected());
    responderWording.invalidSyntax(received, syntax.selected()).forEach(transcript::responder);
    String explanation = responder.label() + " (Libreswan 4.x) selects "
        + syntax.selected().canonicalName() + " but receives a " + methodName(syntax.offer().kei())
        + " KE payload and answers INVALID_SYNTAX";
    if (initiator.peer().isStrongswan()) {
      transcript.initiator(new StrongswanWording(initiator).destroyingIkeSa(Notify.INVALID_SYNTAX));
      return new CreateChildResult(initiator, purpose, CreateChildResult.Ending.IKE_SA_DESTROYED,
          Optional.of(Notify.INVALID_SYNTAX), Optional.empty(), rounds, Optional.empty(),
          transcript.initiatorLines, transcript.responderLines, explanation);
    }
    new LibreswanWording(initiator).failed(Notify.INVALID_SYNTAX, purpose).forEach(transcript::initiator);
    return refused(transcript, purpose, Notify.INVALID_SYNTAX, rounds, explanation);
  }

  private void logKeRequest(Transcript transcript, CreateChildOffer offer, Transform requested) {
    if (responder.peer().isStrongswan()) {
      transcript.responder(new StrongswanWording(responder).requesting(methodName(offer.kei()), requested));
    } else {
      transcript.responder(new LibreswanWording(responder)
          .guessedWrong(offer.kei().map(LibreswanGroup::enumName).orElse("NONE"), requested));
    }
  }

  /** The initiator's lines for a refusal it was told about; strongSwan keeps the IKE SA and retries a rekey. */
  private void logRefusal(Transcript transcript, Optional<Notify> notify) {
    if (initiator.peer().isStrongswan()) {
      StrongswanWording wording = new StrongswanWording(initiator);
      notify.ifPresent(n -> transcript.initiator(wording.noChildSa(n)));
      transcript.initiator(wording.keepingIkeSa());
      if (transcript.purpose == CreateChildPurpose.REKEY) {
        transcript.initiator(wording.rekeyRetry());
      }
    } else {
      notify.ifPresent(n -> new LibreswanWording(initiator).failed(n, transcript.purpose).forEach(transcript::initiator));
    }
  }

  private CreateChildResult refused(Transcript transcript, CreateChildPurpose purpose, Notify notify, int rounds,
      String explanation) {
    return new CreateChildResult(initiator, purpose, CreateChildResult.Ending.REFUSED, Optional.of(notify),
        Optional.empty(), rounds, Optional.empty(), transcript.initiatorLines, transcript.responderLines, explanation);
  }

  /** Why no proposal matched, in the terms of each end's PFS policy. */
  private String mismatch(CreateChildOffer offer, ChildSa sa, CreateChildPurpose purpose) {
    String action = purpose == CreateChildPurpose.REKEY ? "rekeys the CHILD SA" : "creates a new CHILD SA";
    String offered = offer.kei().map(method -> "with key exchange " + method.canonicalName()).orElse("without a key exchange");
    return initiator.label() + " " + action + " " + offered + " (" + initiatorProposals.describePolicy(sa, purpose)
        + ") but " + responder.label() + " accepts " + responderProposals.describePolicy(sa, purpose);
  }

  private static String methodName(Optional<Transform> method) {
    return method.map(Transform::canonicalName).orElse("NONE");
  }

  /** The lines of one exchange, tagged with the event it belongs to. */
  private static final class Transcript {
    private final CreateChildPurpose purpose;
    private final LogLine.Event event;
    private final List<LogLine> initiatorLines = new ArrayList<>();
    private final List<LogLine> responderLines = new ArrayList<>();

    Transcript(CreateChildPurpose purpose) {
      this.purpose = purpose;
      this.event = purpose == CreateChildPurpose.REKEY ? LogLine.Event.REKEY : LogLine.Event.RECREATE;
    }

    void initiator(String text) {
      initiatorLines.add(new LogLine(event, text));
    }

    void responder(String text) {
      responderLines.add(new LogLine(event, text));
    }
  }
}
