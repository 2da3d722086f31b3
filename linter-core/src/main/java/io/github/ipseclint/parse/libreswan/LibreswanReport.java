// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.FindingSink;
import java.util.HashSet;
import java.util.Set;

/**
 * The findings of one read and whether the daemon rejects the file. A file included several
 * times is walked several times; each finding is reported once.
 */
final class LibreswanReport {
  private final FindingSink sink;
  private final Target target;
  private final Set<String> reported = new HashSet<>();
  private boolean fileRejected;
  private boolean includeUnresolved;

  LibreswanReport(FindingSink sink, Target target) {
    this.sink = sink;
    this.target = target;
  }

  Target target() {
    return target;
  }

  /** True from Libreswan 5.0 (or the given release) on. */
  boolean atLeast(int major, int minor) {
    return target.isAtLeast(major, minor);
  }

  void warn(CoreRule rule, Span span, String message) {
    report(rule, Severity.WARNING, span, message);
  }

  /** An error that makes the daemon reject the whole file. */
  void reject(CoreRule rule, Span span, String message) {
    fileRejected = true;
    report(rule, Severity.ERROR, span, message + ": Libreswan rejects the whole file");
  }

  /** An error that makes the daemon skip one connection. */
  void dropSection(CoreRule rule, Span span, String message) {
    report(rule, Severity.ERROR, span, message);
  }

  /** Remembers that some include was not read, so a missing conn may just be out of view. */
  void includeUnresolved() {
    includeUnresolved = true;
  }

  boolean hasUnresolvedIncludes() {
    return includeUnresolved;
  }

  boolean fileRejected() {
    return fileRejected;
  }

  private void report(CoreRule rule, Severity severity, Span span, String message) {
    String key = span + "|" + message;
    if (reported.add(key)) {
      sink.report(Finding.of(rule, severity, span, message));
    }
  }
}
