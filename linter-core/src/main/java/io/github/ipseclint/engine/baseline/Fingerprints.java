// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.baseline;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.finding.Finding;
import io.github.ipseclint.model.source.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the fingerprints of one run's findings. Text on lines that may hold a secret is never
 * hashed: such findings are told apart by selector text and their order among equal ones.
 */
public final class Fingerprints {
  private final SecretLines secretLines;
  private final Map<String, Integer> occurrences = new HashMap<>();

  public Fingerprints(List<Document> documents) {
    this.secretLines = new SecretLines(documents);
  }

  /** The fingerprint of the next finding; call in report order, so occurrence indexes are stable. */
  public Fingerprint of(Finding finding) {
    Span span = finding.span();
    String rule = finding.rule().value();
    String file = span.file().displayPath();
    Optional<String> selector = secretLines.selector(span);
    if (selector.isPresent()) {
      String key = rule + "\0" + file + "\0" + selector.get();
      int index = occurrences.merge(key, 1, Integer::sum) - 1;
      return new Fingerprint(rule, file, sha256(key + "\0" + index));
    }
    StringBuilder text = new StringBuilder();
    for (int line = span.line(); line <= span.endLine(); line++) {
      text.append(span.file().line(line).display().strip().replaceAll("\\s+", " ")).append('\n');
    }
    return new Fingerprint(rule, file, sha256(rule + "\0" + text + "\0" + finding.message()));
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
