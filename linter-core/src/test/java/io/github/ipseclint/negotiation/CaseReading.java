// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.negotiation;

import io.github.ipseclint.negotiation.outcome.Notify;
import io.github.ipseclint.negotiation.outcome.Phase;
import io.github.ipseclint.negotiation.outcome.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Our structured reading of one case entry whose pairing is free text: which fragment each side
 * runs, with which edits, which side initiates, the releases to evaluate and the notifications
 * the text implies. The verdict itself is not part of the reading: it is taken from the case file,
 * except where the entry gives prose instead of a code ({@code verdictAnyOf}) or where the case
 * file itself shows its code to be wrong ({@code correction}).
 *
 * @param entry the entry label, {@code expect#2} or {@code observed#1}
 * @param pairing the entry's pairing text, copied so a reading cannot drift onto another entry
 * @param notification the error notification the direction ends with; empty for success, silence and
 *     load errors
 * @param rekey what the first CHILD rekey ends with, where the text says it fails
 * @param phase where the setup fails, where the text makes it clear
 * @param verdictAnyOf for an entry whose verdict is prose: the codes the prose allows
 * @param correction a verdict that replaces the case's code because the case file itself shows
 *     the code to be wrong (an observed run's own result contradicting its verdict label)
 * @param skip why the entry cannot be evaluated at all (a run that says nothing about the
 *     configurations, such as a name that did not resolve in the test bed)
 */
record CaseReading(String caseId, String entry, String pairing, Side initiator, Map<Side, SideReading> sides,
    Optional<Notify> notification, Optional<ExpectedRekey> rekey, Optional<Phase> phase, List<Verdict> verdictAnyOf,
    Optional<Correction> correction, Optional<String> skip, Optional<String> note) {

  CaseReading {
    sides = Map.copyOf(sides);
    verdictAnyOf = List.copyOf(verdictAnyOf);
  }

  /**
   * One side of a reading.
   *
   * @param fragment the case file's key for the fragment ({@code libreswan (a)}), or the name of
   *     one of the readings' extra fragments
   * @param versions bucket names of the readings' release table or concrete targets
   * @param edits changes the entry's text implies ({@code auto=start}, an added option)
   * @param strongswanConf a strongswan.conf for the host, where the entry sets charon options
   * @param connection the connection to pair; the first one of the fragment when empty
   */
  record SideReading(String fragment, List<String> versions, List<FragmentEdit> edits,
      Optional<String> strongswanConf, Optional<String> connection) {

    SideReading {
      versions = List.copyOf(versions);
      edits = List.copyOf(edits);
    }

    static SideReading of(Map<String, Object> node) {
      List<FragmentEdit> edits = new ArrayList<>();
      for (Map<String, Object> edit : CaseYaml.mapList(node, "edits")) {
        edits.add(new FragmentEdit(CaseYaml.requiredString(edit, "replace"), CaseYaml.requiredString(edit, "with")));
      }
      return new SideReading(CaseYaml.requiredString(node, "fragment"), CaseYaml.strings(node, "versions"), edits,
          CaseYaml.string(node, "strongswanConf"), CaseYaml.string(node, "connection"));
    }
  }

  /**
   * The notification the first CHILD rekey fails with; empty for a rekey that fails without one
   * (the initiator rejects the response itself).
   */
  record ExpectedRekey(Optional<Notify> notification) {}

  /** A verdict the reading puts in place of the case's code, and why. */
  record Correction(Verdict verdict, String reason) {}

  /** A literal replacement in a fragment; the text to replace must occur in it. */
  record FragmentEdit(String replace, String with) {

    String applyTo(String fragment) {
      if (!fragment.contains(replace)) {
        throw new IllegalArgumentException("edit target '" + replace + "' does not occur in the fragment");
      }
      return fragment.replace(replace, with);
    }
  }

  static CaseReading of(Map<String, Object> node) {
    Map<Side, SideReading> sides = new EnumMap<>(Side.class);
    for (Side side : Side.values()) {
      sides.put(side, SideReading.of(CaseYaml.map(node, side.label())));
    }
    List<Verdict> anyOf = CaseYaml.strings(node, "verdictAnyOf").stream().map(Verdict::valueOf).toList();
    Optional<Correction> correction = CaseYaml.optionalMap(node, "correction").map(fix ->
        new Correction(Verdict.valueOf(CaseYaml.requiredString(fix, "verdict")),
            CaseYaml.requiredString(fix, "reason")));
    return new CaseReading(CaseYaml.requiredString(node, "case"), CaseYaml.requiredString(node, "entry"),
        CaseYaml.requiredString(node, "pairing"),
        Side.valueOf(CaseYaml.requiredString(node, "initiator").toUpperCase(Locale.ROOT)), sides,
        notification(CaseYaml.requiredString(node, "notify")),
        CaseYaml.string(node, "rekeyNotify").map(text -> new ExpectedRekey(notification(text))),
        CaseYaml.string(node, "phase").map(Phase::valueOf), anyOf, correction, CaseYaml.string(node, "skip"),
        CaseYaml.string(node, "note"));
  }

  /** {@code none} is written out, so that every reading states the notify it expects. */
  private static Optional<Notify> notification(String text) {
    return text.equals("none") ? Optional.empty() : Optional.of(Notify.valueOf(text));
  }

  SideReading side(Side side) {
    return sides.get(side);
  }

  /** {@code C01 expect#2}. */
  String label() {
    return caseId + " " + entry;
  }
}
