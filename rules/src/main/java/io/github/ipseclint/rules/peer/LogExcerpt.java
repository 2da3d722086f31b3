// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.rules.peer;

import io.github.ipseclint.negotiation.outcome.LogLine;
import io.github.ipseclint.negotiation.outcome.Notify;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The first log line of one daemon that shows a failure to whoever reads its log: among the lines
 * of the events where the failure happens (the setup, or the rekey and what follows it), the first
 * that names the failure's notification, else the first that reports a refusal or error, else the
 * last one. The lines never hold a secret (the simulator's contract).
 */
final class LogExcerpt {
  private static final Pattern FAILURE_WORDS = Pattern.compile(
      "fail|mismatch|unacceptable|invalid|no matching|not |^no |, no |ignor|giving up|timeout|retransmit|refus|reject"
          + "|drop|unable|cannot|n't |does not|unknown|differs|request(ed|ing) ");

  private LogExcerpt() {}

  static Optional<String> first(List<LogLine> log, Set<LogLine.Event> events, Optional<Notify> notification) {
    List<String> lines = log.stream().filter(line -> events.contains(line.event())).map(LogLine::text).toList();
    if (notification.isPresent()) {
      Notify notify = notification.get();
      Optional<String> naming = lines.stream()
          .filter(line -> line.contains(notify.name()) || line.contains(notify.shortName())).findFirst();
      if (naming.isPresent()) {
        return naming;
      }
    }
    Optional<String> failing = lines.stream()
        .filter(line -> FAILURE_WORDS.matcher(line.toLowerCase(Locale.ROOT)).find()).findFirst();
    return failing.isPresent() || lines.isEmpty() ? failing : Optional.of(lines.get(lines.size() - 1));
  }
}
