// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation.lifecycle;

import io.github.ipseclint.negotiation.Side;
import io.github.ipseclint.negotiation.outcome.ChildRekey;
import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.TimelineEvent;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Follows the CHILD SA set up in IKE_AUTH for one order of the rekey timers (negotiation.md §14.2
 * C13 steps 2-5): the first rekey; after a failure, the other end's rekey if it comes before the
 * SA is deleted; at the first hard expiry the recreation with new-CHILD proposals; and the
 * reauthentication that may bring the SA back (C29). IKE SA rekeys are reported only (C14).
 */
final class LifecycleWalk {
  private final LifecycleEnd left;
  private final LifecycleEnd right;
  private final ChildSa established;

  LifecycleWalk(LifecycleEnd left, LifecycleEnd right, ChildSa established) {
    this.left = left;
    this.right = right;
    this.established = established;
  }

  /** @param firstRekeyer the end whose rekey timer fires first; empty when no end rekeys before the SA is deleted */
  Scenario walk(Optional<Side> firstRekeyer) {
    Numbering numbers = new Numbering(established.number());
    List<LifecycleStep> steps = new ArrayList<>();
    if (firstRekeyer.isEmpty()) {
      return afterFailedRekeys(Optional.empty(), Optional.empty(), steps, numbers);
    }
    LifecycleEnd first = end(firstRekeyer.get());
    LifecycleEnd second = end(firstRekeyer.get().other());
    TimeWindow firstWindow = first.childTimers().rekey().orElseThrow();
    Optional<Reauthentication> reauth = reauthentication();
    if (reauth.isPresent() && reauth.get().window().latest().compareTo(firstWindow.earliest()) < 0) {
      return finish(Verdict.STABLE, "each reauthentication replaces the CHILD SA before its first rekey",
          ChildRekey.notApplicable(), steps, Optional.empty(), 0);
    }
    CreateChildResult rekey = numbers.track(
        new CreateChildExchange(first, second).run(established, CreateChildPurpose.REKEY, numbers.next()));
    steps.add(step(rekey, firstWindow, "CHILD SA rekey"));
    if (rekey.succeeded()) {
      return finish(Verdict.STABLE, rekey.describeSuccess(), ChildRekey.ok(), steps, Optional.empty(), rekey.invalidKeRounds());
    }
    ChildRekey failed = new ChildRekey(ChildRekey.Result.FAILED, rekey.notification());
    if (rekey.ending() == CreateChildResult.Ending.IKE_SA_DESTROYED) {
      return destroyed(rekey, failed, steps);
    }
    Optional<TimeWindow> secondWindow = second.childTimers().rekey()
        .filter(window -> deletion().map(window::canFireBefore).orElse(true));
    if (secondWindow.isPresent()) {
      CreateChildResult other = numbers.track(
          new CreateChildExchange(second, first).run(established, CreateChildPurpose.REKEY, numbers.next()));
      steps.add(step(other, secondWindow.get(), "CHILD SA rekey"));
      if (other.succeeded()) {
        return finish(Verdict.STABLE, "only " + second.label() + "'s rekeys succeed, " + other.describeSuccess(),
            failed, steps, Optional.of(rekey), other.invalidKeRounds());
      }
      if (other.ending() == CreateChildResult.Ending.IKE_SA_DESTROYED) {
        return destroyed(other, failed, steps);
      }
    }
    return afterFailedRekeys(Optional.of(rekey), Optional.of(first), steps, numbers);
  }

  /** §14.2 C13 steps 4 and 5: the SA is deleted at the first hard expiry, then recreated or reauthenticated. */
  private Scenario afterFailedRekeys(Optional<CreateChildResult> failedRekey, Optional<LifecycleEnd> rekeyer,
      List<LifecycleStep> steps, Numbering numbers) {
    ChildRekey firstRekey = failedRekey.map(r -> new ChildRekey(ChildRekey.Result.FAILED, r.notification()))
        .orElse(ChildRekey.notApplicable());
    String cause = failedRekey.map(r -> "the first rekey fails" + r.notification().map(n -> " (" + n.name() + ")").orElse(""))
        .orElse("neither end rekeys the CHILD SA");
    Optional<Duration> deletion = deletion();
    if (deletion.isEmpty()) {
      return finish(Verdict.STABLE, cause + ", but the CHILD SA never expires", firstRekey, steps, failedRekey, 0);
    }
    Duration at = deletion.get();
    LifecycleEnd expiring = expiringEnd(rekeyer);
    LifecycleEnd peer = other(expiring);
    steps.add(expiry(expiring, at));
    List<LifecycleEnd> recreators = peer.recreatesAfterPeerDelete() ? List.of(expiring, peer) : List.of(expiring);
    Optional<CreateChildResult> decisive = failedRekey;
    for (LifecycleEnd recreator : recreators) {
      CreateChildResult recreation = numbers.track(new CreateChildExchange(recreator, other(recreator))
          .run(established, CreateChildPurpose.NEW, numbers.next()));
      steps.add(recreationStep(recreation, at));
      if (recreation.succeeded()) {
        return recovered(recreation, cause, at, rekeyer, firstRekey, steps, numbers, failedRekey);
      }
      if (recreation.ending() == CreateChildResult.Ending.IKE_SA_DESTROYED) {
        return destroyed(recreation, firstRekey, steps);
      }
      decisive = decisive.or(() -> Optional.of(recreation));
    }
    Optional<Reauthentication> reauth = reauthentication();
    if (reauth.isPresent() && reauth.get().window().latest().compareTo(at) <= 0) {
      return finish(Verdict.STABLE, cause + ", but each reauthentication replaces the CHILD SA before it expires",
          firstRekey, steps, decisive, 0);
    }
    if (reauth.isPresent()) {
      return finish(Verdict.PERIODIC_OUTAGE, cause + "; up about " + TimeWindow.describe(at) + " out of every "
          + reauth.get().window().describe() + " (reauthentication)", firstRekey, steps, decisive, 0);
    }
    return finish(Verdict.DOWN_UNTIL_NEW_IKE_AUTH, cause + "; no traffic from the hard expiry at "
        + TimeWindow.describe(at) + " until a new IKE_AUTH", firstRekey, steps, decisive, 0);
  }

  private Scenario recovered(CreateChildResult recreation, String cause, Duration at, Optional<LifecycleEnd> rekeyer,
      ChildRekey firstRekey, List<LifecycleStep> steps, Numbering numbers, Optional<CreateChildResult> failedRekey) {
    String qualifier = cause + "; one outage at the hard expiry (" + TimeWindow.describe(at) + "), then stable "
        + recreation.describeSuccess();
    ChildSa recreated = recreation.established().orElseThrow();
    LifecycleEnd laterRekeyer = rekeyer.orElse(recreation.initiator());
    Optional<TimeWindow> window = laterRekeyer.childTimers().rekey();
    if (window.isPresent()) {
      CreateChildResult later = new CreateChildExchange(laterRekeyer, other(laterRekeyer))
          .run(recreated, CreateChildPurpose.REKEY, numbers.next());
      TimeWindow shifted = new TimeWindow(at.plus(window.get().earliest()), at.plus(window.get().latest()));
      steps.add(step(later, shifted, "rekey of the recreated CHILD SA"));
      if (!later.succeeded()) {
        qualifier = cause + "; the recreated CHILD SA fails its rekeys as well: an outage at every hard expiry";
      }
    }
    return finish(Verdict.RECOVERS_AFTER_EXPIRY, qualifier, firstRekey, steps, failedRekey, 0);
  }

  private Scenario destroyed(CreateChildResult exchange, ChildRekey firstRekey, List<LifecycleStep> steps) {
    return new Scenario(Verdict.DOWN_UNTIL_NEW_IKE_AUTH, "IKE SA deleted at the first CHILD "
        + (exchange.purpose() == CreateChildPurpose.REKEY ? "rekey" : "recreation")
        + exchange.notification().map(n -> " (" + n.name() + ")").orElse("")
        + "; it comes back only if something initiates again", firstRekey, steps, Optional.of(exchange), 0);
  }

  /** Adds the IKE SA's own events, which only happen while it lives. */
  private Scenario finish(Verdict verdict, String qualifier, ChildRekey firstRekey, List<LifecycleStep> steps,
      Optional<CreateChildResult> decisive, int invalidKeRounds) {
    List<LifecycleStep> all = new ArrayList<>(steps);
    ikeRekey().ifPresent(all::add);
    reauthentication().map(this::reauthStep).ifPresent(all::add);
    return new Scenario(verdict, qualifier, firstRekey, all, decisive, invalidKeRounds);
  }

  private LifecycleStep step(CreateChildResult result, TimeWindow window, String description) {
    TimelineEvent event = new TimelineEvent(window.earliest(), window.latest(), LogLine.Event.REKEY,
        result.initiator().side(), description, result.succeeded(), result.notification());
    return LifecycleStep.of(event, result.initiator().side(), result.initiatorLines(), result.responderLines());
  }

  private LifecycleStep recreationStep(CreateChildResult result, Duration at) {
    TimelineEvent event = new TimelineEvent(at, at, LogLine.Event.RECREATE, result.initiator().side(),
        "CHILD SA recreated with CREATE_CHILD_SA", result.succeeded(), result.notification());
    List<LogLine> initiatorLines = new ArrayList<>(result.initiatorLines());
    if (!result.succeeded() && !result.initiator().peer().isStrongswan()) {
      initiatorLines.add(new LogLine(LogLine.Event.RECREATE, new LibreswanWording(result.initiator()).revival()));
    }
    return LifecycleStep.of(event, result.initiator().side(), initiatorLines, result.responderLines());
  }

  private LifecycleStep expiry(LifecycleEnd expiring, Duration at) {
    TimelineEvent event = new TimelineEvent(at, at, LogLine.Event.EXPIRY, expiring.side(),
        "CHILD SA reaches its hard lifetime and is deleted", false, Optional.empty());
    LifecycleEnd peer = other(expiring);
    List<LogLine> own = expiring.peer().isStrongswan()
        ? expiryLines(new StrongswanWording(expiring).hardExpiry(established.number())) : List.of();
    List<LogLine> peers = peer.peer().isStrongswan() && expiring.peer().isStrongswan()
        ? expiryLines(new StrongswanWording(peer).deletedByPeer(established.number())) : List.of();
    return LifecycleStep.of(event, expiring.side(), own, peers);
  }

  private static List<LogLine> expiryLines(List<String> texts) {
    return texts.stream().map(text -> new LogLine(LogLine.Event.EXPIRY, text)).toList();
  }

  private LifecycleStep reauthStep(Reauthentication reauth) {
    TimelineEvent event = new TimelineEvent(reauth.window().earliest(), reauth.window().latest(), LogLine.Event.REAUTH,
        reauth.end().side(), "IKE SA reauthentication: new IKE_SA_INIT and IKE_AUTH, the CHILD SA is recreated"
            + " without a key exchange" + (breaksBeforeMaking(reauth.end()) ? " (break-before-make: a short gap)" : ""),
        true, Optional.empty());
    List<LogLine> lines = reauth.end().peer().isStrongswan()
        ? List.of(new LogLine(LogLine.Event.REAUTH, new StrongswanWording(reauth.end()).reauthenticating())) : List.of();
    return LifecycleStep.of(event, reauth.end().side(), lines, List.of());
  }

  /** strongSwan 5.9 tears the old IKE SA down before building the new one (§12.1); 6.x makes before it breaks. */
  private static boolean breaksBeforeMaking(LifecycleEnd end) {
    return end.peer().isStrongswan() && !end.peer().daemon().settings().makeBeforeBreak();
  }

  /** §14.2 C14: an IKE rekey keeps the CHILD SAs and succeeds whenever IKE_SA_INIT did [inferred]. */
  private Optional<LifecycleStep> ikeRekey() {
    return Stream.of(left, right)
        .flatMap(end -> end.ikeTimers().rekey().map(window -> new TimedEnd(end, window)).stream())
        .min(Comparator.comparing(timed -> timed.window().earliest()))
        .map(timed -> new LifecycleStep(new TimelineEvent(timed.window().earliest(), timed.window().latest(),
            LogLine.Event.REKEY, timed.end().side(), "IKE SA rekey (the CHILD SA stays)", true, Optional.empty()),
            List.of(), List.of()));
  }

  private Optional<Reauthentication> reauthentication() {
    return Stream.of(left, right)
        .flatMap(end -> end.ikeTimers().reauth().map(window -> new Reauthentication(end, window)).stream())
        .min(Comparator.comparing(reauth -> reauth.window().earliest()));
  }

  private Optional<Duration> deletion() {
    return new RekeyOrder(left, right).deletion();
  }

  /** The end whose hard time comes first; on a tie the one that rekeyed first. */
  private LifecycleEnd expiringEnd(Optional<LifecycleEnd> rekeyer) {
    Duration at = deletion().orElseThrow();
    List<LifecycleEnd> candidates = Stream.of(left, right)
        .filter(end -> end.childTimers().hardExpiry().filter(at::equals).isPresent()).toList();
    return rekeyer.filter(candidates::contains).orElse(candidates.get(0));
  }

  private LifecycleEnd end(Side side) {
    return side == left.side() ? left : right;
  }

  private LifecycleEnd other(LifecycleEnd end) {
    return end == left ? right : left;
  }

  private record Reauthentication(LifecycleEnd end, TimeWindow window) {}

  private record TimedEnd(LifecycleEnd end, TimeWindow window) {}

  /**
   * strongSwan's unique ids of the CHILD SAs that follow each other. Every retry of a failed
   * exchange takes an id too, so after a failure the next ids are unknown ({@link ChildSa#UNKNOWN_NUMBER}).
   */
  private static final class Numbering {
    private int last;
    private boolean known = true;

    Numbering(int last) {
      this.last = last;
    }

    int next() {
      return known ? ++last : ChildSa.UNKNOWN_NUMBER;
    }

    CreateChildResult track(CreateChildResult result) {
      known &= result.succeeded();
      return result;
    }
  }
}
