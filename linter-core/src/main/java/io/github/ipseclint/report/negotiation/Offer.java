// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.report.negotiation;

import io.github.ipseclint.model.crypto.Proposal;
import java.util.Optional;

/**
 * One proposal of an end as its daemon sends or accepts it, for display.
 *
 * @param position 1-based, in the daemon's order
 */
public record Offer(int position, Proposal proposal) {

  /**
   * The canonical text; a {@code *} marks a transform the daemon derived or defaulted, and a
   * proposal the daemon refuses says why.
   */
  public String text() {
    return proposal.toString();
  }

  /** {@code default} or {@code appended default} when the daemon, not the file, put it there. */
  public Optional<String> defaultNote() {
    return switch (proposal.origin()) {
      case CONFIGURED -> Optional.empty();
      case DEFAULT -> Optional.of("default");
      case APPENDED_DEFAULT -> Optional.of("appended default");
    };
  }

  /** The text followed by its default note in parentheses, if any. */
  public String annotatedText() {
    return text() + defaultNote().map(note -> " (" + note + ")").orElse("");
  }
}
